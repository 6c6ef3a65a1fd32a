package org.example.library.mapper;

import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Select;
import org.example.library.domain.Loan;

public interface LoanMapper {

    @Select("SELECT id, book_id, due FROM loan WHERE book_id = #{bookId}")
    List<Loan> loansOf(int bookId);

    @Insert({"INSERT INTO loan (book_id, due)", "VALUES (#{book.id}, #{due})"})
    void insertLoan(Loan loan);
}
