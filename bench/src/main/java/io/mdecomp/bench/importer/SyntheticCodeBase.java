package io.mdecomp.bench.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes a synthetic Spring MVC + JPA code base for {@link ImportBench}: units of nine classes
 * (an aggregate root with a cascaded child and an embedded value object, a repository, a service
 * that also calls the service of another unit, a controller with three endpoints, a form object,
 * a validator, a status enum), two Thymeleaf views per unit and one {@code schema.sql} with a
 * table per entity and foreign keys. The same size and seed give the same files.
 */
final class SyntheticCodeBase {

    /** Classes per unit. */
    static final int CLASSES_PER_UNIT = 9;

    private SyntheticCodeBase() {
    }

    /** Writes about {@code classes} classes (rounded up to whole units) under {@code root}; returns the unit count. */
    static int write(Path root, int classes, long seed) throws IOException {
        int units = Math.max(1, (classes + CLASSES_PER_UNIT - 1) / CLASSES_PER_UNIT);
        SplittableRandom random = new SplittableRandom(seed);
        Path java = root.resolve("src/main/java/com/synthetic");
        Path templates = root.resolve("src/main/resources/templates");
        Files.createDirectories(java);
        Files.writeString(root.resolve("pom.xml"), "<project><modelVersion>4.0.0</modelVersion></project>\n");
        StringBuilder schema = new StringBuilder();
        for (int u = 0; u < units; u++) {
            int other = units == 1 ? u : (u + 1 + random.nextInt(units - 1)) % units;
            unit(java, templates, u, other, schema);
        }
        Files.createDirectories(root.resolve("src/main/resources"));
        Files.writeString(root.resolve("src/main/resources/schema.sql"), schema, StandardCharsets.UTF_8);
        return units;
    }

    private static String name(int unit) {
        return "Thing" + unit;
    }

    private static void unit(Path java, Path templates, int u, int other, StringBuilder schema) throws IOException {
        String pkg = "com.synthetic.unit" + u;
        Path dir = java.resolve("unit" + u);
        Files.createDirectories(dir);
        String root = name(u);
        String otherRoot = name(other);
        String otherPkg = "com.synthetic.unit" + other;
        write(dir, root + ".java", """
                package %1$s;

                import java.math.BigDecimal;
                import java.time.LocalDateTime;
                import java.util.ArrayList;
                import java.util.List;
                import javax.persistence.*;
                import %4$s.%3$s;

                @Entity
                @Table(name = "%5$s")
                public class %2$s {

                    @Id
                    @GeneratedValue
                    private Long id;
                    private String name;
                    private BigDecimal amount;
                    private LocalDateTime created;
                    private %2$sStatus status;

                    @Embedded
                    private %2$sValue value;

                    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
                    private List<%2$sLine> lines = new ArrayList<>();

                    @ManyToOne
                    private %3$s related;

                    public Long getId() {
                        return id;
                    }

                    public List<%2$sLine> getLines() {
                        return lines;
                    }

                    public void add(%2$sLine line) {
                        lines.add(line);
                    }
                }
                """.formatted(pkg, root, otherRoot, otherPkg, table(root)));
        write(dir, root + "Line.java", """
                package %1$s;

                import javax.persistence.*;

                @Entity
                @Table(name = "%3$s")
                public class %2$sLine {

                    @Id
                    private Long id;
                    private int quantity;
                    private String note;
                }
                """.formatted(pkg, root, table(root + "Line")));
        write(dir, root + "Value.java", """
                package %1$s;

                import javax.persistence.Embeddable;

                @Embeddable
                public class %2$sValue {

                    private String code;
                    private long amount;
                }
                """.formatted(pkg, root));
        write(dir, root + "Status.java", """
                package %1$s;

                public enum %2$sStatus {
                    NEW, ACTIVE, CLOSED
                }
                """.formatted(pkg, root));
        write(dir, root + "Repository.java", """
                package %1$s;

                import java.util.List;
                import org.springframework.data.jpa.repository.JpaRepository;

                public interface %2$sRepository extends JpaRepository<%2$s, Long> {

                    List<%2$s> findByName(String name);

                    long countByStatus(%2$sStatus status);
                }
                """.formatted(pkg, root));
        write(dir, root + "Service.java", """
                package %1$s;

                import java.util.List;
                import org.springframework.stereotype.Service;
                import %4$s.%3$sService;

                @Service
                public class %2$sService {

                    private final %2$sRepository repository;
                    private final %3$sService others;

                    public %2$sService(%2$sRepository repository, %3$sService others) {
                        this.repository = repository;
                        this.others = others;
                    }

                    public List<%2$s> search(String name) {
                        return repository.findByName(name);
                    }

                    public %2$s create(%2$sForm form) {
                        %2$s thing = new %2$s();
                        thing.add(new %2$sLine());
                        others.search(form.getName());
                        return repository.save(thing);
                    }

                    public void remove(Long id) {
                        repository.deleteById(id);
                    }
                }
                """.formatted(pkg, root, otherRoot, otherPkg));
        write(dir, root + "Controller.java", """
                package %1$s;

                import org.springframework.stereotype.Controller;
                import org.springframework.ui.Model;
                import org.springframework.web.bind.annotation.*;

                @Controller
                @RequestMapping("/%3$s")
                public class %2$sController {

                    private static final String FORM = "%3$s/form";

                    private final %2$sService service;
                    private final %2$sValidator validator = new %2$sValidator();

                    public %2$sController(%2$sService service) {
                        this.service = service;
                    }

                    @GetMapping
                    public String list(@RequestParam String name, Model model) {
                        model.addAttribute("items", service.search(name));
                        return "%3$s/list";
                    }

                    @PostMapping
                    public String create(%2$sForm form) {
                        if (!validator.valid(form)) {
                            return FORM;
                        }
                        service.create(form);
                        return "redirect:/%3$s";
                    }

                    @DeleteMapping("/{id}")
                    public String delete(@PathVariable Long id) {
                        service.remove(id);
                        return "redirect:/%3$s";
                    }
                }
                """.formatted(pkg, root, root.toLowerCase(Locale.ROOT)));
        write(dir, root + "Form.java", """
                package %1$s;

                public class %2$sForm {

                    private String name;

                    public String getName() {
                        return name;
                    }
                }
                """.formatted(pkg, root));
        write(dir, root + "Validator.java", """
                package %1$s;

                public class %2$sValidator {

                    public boolean valid(%2$sForm form) {
                        return form.getName() != null && !form.getName().isBlank();
                    }
                }
                """.formatted(pkg, root));
        Path views = templates.resolve(root.toLowerCase(Locale.ROOT));
        Files.createDirectories(views);
        Files.writeString(views.resolve("list.html"), """
                <html xmlns:th="http://www.thymeleaf.org"><body>
                <tr th:each="item : ${items}"><td th:text="${item.name}">x</td></tr>
                <a th:href="@{/%1$s}">all</a>
                </body></html>
                """.formatted(root.toLowerCase(Locale.ROOT)), StandardCharsets.UTF_8);
        Files.writeString(views.resolve("form.html"), """
                <html xmlns:th="http://www.thymeleaf.org"><body>
                <form th:action="@{/%1$s}" th:object="${%1$s}" method="post"><input th:field="*{name}"/></form>
                </body></html>
                """.formatted(root.toLowerCase(Locale.ROOT)), StandardCharsets.UTF_8);
        schema.append("CREATE TABLE ").append(table(root)).append(" (id BIGINT PRIMARY KEY, name VARCHAR(80),")
                .append(" related_id BIGINT REFERENCES ").append(table(otherRoot)).append(" (id));\n");
        schema.append("CREATE TABLE ").append(table(root + "Line")).append(" (id BIGINT PRIMARY KEY, owner_id BIGINT")
                .append(" REFERENCES ").append(table(root)).append(" (id));\n");
    }

    private static String table(String entity) {
        return entity.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    private static void write(Path dir, String file, String text) throws IOException {
        Files.writeString(dir.resolve(file), text, StandardCharsets.UTF_8);
    }
}
