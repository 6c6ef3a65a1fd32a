package io.mdecomp.importer.java;

import static org.assertj.core.api.Assertions.assertThat;

import io.mdecomp.importer.java.assemble.ServicesBy;
import io.mdecomp.model.Component;
import io.mdecomp.model.ComponentKind;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.Entity;
import io.mdecomp.model.Service;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Names from the sources become names the model allows, unique, and the report says so. */
class NamingTest {

    @TempDir
    Path root;

    private void write(String name, String text) throws IOException {
        Path file = root.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private JavaImport importTwoBillingModules(ServicesBy by) throws IOException {
        write("pom.xml", "<project/>");
        for (String module : List.of("shop-web", "back office")) {
            String pkg = module.equals("shop-web") ? "shop" : "office";
            write(module + "/pom.xml", "<project/>");
            write(module + "/src/main/java/com/acme/" + pkg + "/Invoice.java", "package com.acme." + pkg + ";\n"
                    + "@javax.persistence.Entity\npublic class Invoice {\n    private long id;\n    private String na$me;\n}\n");
            write(module + "/src/main/webapp/list.jsp", "<p>${invoice.id}</p>");
        }
        return JavaImporter.importJava(List.of(root), by);
    }

    @Test
    void disambiguatesSharedSimpleNamesAndSaysSo() throws IOException {
        JavaImport result = importTwoBillingModules(ServicesBy.SINGLE);
        DomainModel model = result.model();
        assertThat(model.entities().map(Entity::name)).containsExactly("office_Invoice", "shop_Invoice");
        assertThat(model.entities().findFirst().orElseThrow().attributes()).extracting(a -> a.name())
                .containsExactly("id", "na_me");
        assertThat(model.components()).filteredOn(c -> c.kind() == ComponentKind.CLASS).extracting(Component::name)
                .containsExactly("office.Invoice", "shop.Invoice");
        assertThat(model.components()).filteredOn(c -> c.kind() == ComponentKind.VIEW).extracting(Component::name)
                .containsExactly("webapp.list", "webapp.list_2");
        assertThat(result.report().guessed()).anySatisfy(line -> assertThat(line)
                .startsWith("entity com.acme.office.Invoice (back office/src/main/java/com/acme/office/Invoice.java)"
                        + " is named 'office_Invoice': 2 entities are named Invoice"));
    }

    @Test
    void namesAServicePerModuleAsAnIdentifier() throws IOException {
        DomainModel model = importTwoBillingModules(ServicesBy.MODULE).model();
        assertThat(model.services()).extracting(Service::name).containsExactly("back_office", "shop-web");
        assertThat(model.service("back_office").orElseThrow().owns()).containsExactly("office_Invoice");
        assertThat(model.system()).isEqualTo(root.getFileName().toString());
    }
    @Test
    void namesTablesAsTheModelAllowsWhateverTextTheCodeGivesThem() throws IOException {
        write("src/main/java/shop/Item.java", "package shop;\n@javax.persistence.Entity\n"
                + "@javax.persistence.Table(name = \"item \" + Item.SUFFIX)\npublic class Item {\n"
                + "    static final String SUFFIX = \"s \";\n    @javax.persistence.Id long id;\n}\n");
        write("src/main/java/shop/Order.java", "package shop;\n@javax.persistence.Entity\n"
                + "@javax.persistence.Table(name = \"orders/v1\\n\")\npublic class Order {\n"
                + "    @javax.persistence.Id long id;\n}\n");
        DomainModel model = JavaImporter.importJava(List.of(root), ServicesBy.SINGLE).model();
        assertThat(model.components()).filteredOn(c -> c.kind() == ComponentKind.TABLE).extracting(Component::name)
                .allSatisfy(name -> assertThat(name).doesNotContain("/", "\n").isEqualTo(name.strip()))
                .hasSize(2);
    }
    @Test
    void keepsEndpointNamesMadeUniqueWithinTheLongestIdentifier() throws IOException {
        String stem = "Catalogue".repeat(12);
        for (String name : List.of(stem + "One", stem + "Two")) {
            write("src/main/java/shop/" + name + ".java", "package shop;\n"
                    + "@org.springframework.web.bind.annotation.RestController\npublic class " + name + " {\n"
                    + "    @org.springframework.web.bind.annotation.GetMapping(\"/" + name.length() + name.charAt(108)
                    + "\")\n    public String list() { return \"\"; }\n}\n");
        }
        DomainModel model = JavaImporter.importJava(List.of(root), ServicesBy.SINGLE).model();
        assertThat(model.services().get(0).endpoints()).extracting(e -> e.name().length())
                .containsExactly(100, 100);
    }

    @Test
    void readsARootGivenTwiceOrInsideAnotherOnce() throws IOException {
        write("src/main/java/shop/Item.java", "package shop;\n@javax.persistence.Entity\npublic class Item {\n"
                + "    @javax.persistence.Id long id;\n}\n");
        JavaImport once = JavaImporter.importJava(List.of(root), ServicesBy.SINGLE);
        JavaImport again = JavaImporter.importJava(List.of(root, root.resolve("."), root.resolve("src")),
                ServicesBy.SINGLE);
        assertThat(again.yaml()).isEqualTo(once.yaml());
        assertThat(again.report().skipped()).contains(root.resolve(".") + ": given again, within " + root
                + " (read once)");
    }
}
