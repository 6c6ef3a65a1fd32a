create table author (id int primary key, name varchar(80));
create table book (id int primary key, title varchar(80), author_id int references author(id), shelf varchar(10), slot int);
create table loan (id int primary key, book_id int, due date, constraint fk_loan_book foreign key (book_id) references book (id));
create table shelf (code varchar(10) primary key);
