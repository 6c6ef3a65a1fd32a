package io.mdecomp.codegen.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamesTest {

    @ParameterizedTest
    @CsvSource({
            "OrderService, OrderService, orderService, order-service, ORDER_SERVICE, orderservice",
            "order processing, OrderProcessing, orderProcessing, order-processing, ORDER_PROCESSING, orderprocessing",
            "HTTPServer2Go, HTTPServer2Go, httpServer2Go, http-server2-go, HTTP_SERVER2_GO, httpserver2go",
            "../../etc, Etc, etc, etc, ETC, etc",
            "3d-printer, _3dPrinter, _3dPrinter, _3d-printer, _3D_PRINTER, _3dprinter",
            "class, Class, class_, class, CLASS, class_",
    })
    void sanitizesNamesIntoIdentifiers(String name, String type, String member, String kebab, String constant,
                                       String segment) {
        assertThat(Names.typeName(name, "X")).isEqualTo(type);
        assertThat(Names.memberName(name, "x")).isEqualTo(member);
        assertThat(Names.kebab(name, "x")).isEqualTo(kebab);
        assertThat(Names.constant(name, "x")).isEqualTo(constant);
        assertThat(Names.packageSegment(name, "x")).isEqualTo(segment);
    }

    @Test
    void fallsBackWhenNoLetterOrDigitSurvives() {
        assertThat(Names.typeName("../..", "Service")).isEqualTo("Service");
        assertThat(Names.kebab("日本", "service")).isEqualTo("service");
    }

    @Test
    void makesNamesUniqueIgnoringCase() {
        assertThat(Names.unique(List.of("Order", "order", "Order", "Item"))).containsExactly("Order", "order2", "Order3", "Item");
    }
}
