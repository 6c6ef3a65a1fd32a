package io.mdecomp.model.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ParserMessagesTest {

    @Test
    void dropsThePositionsAndSourceOfJacksonsMessages() {
        assertThat(ParserMessages.plain("Unexpected end-of-input: expected close marker for Object (start marker at"
                + " [Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); line: 1, column: 1])"))
                .isEqualTo("Unexpected end-of-input: expected close marker for Object");
        assertThat(ParserMessages.plain("Document nesting depth (1001) exceeds the maximum allowed (1000, from"
                + " `StreamReadConstraints.getMaxNestingDepth()`)"))
                .isEqualTo("Document nesting depth (1001) exceeds the maximum allowed (1000)");
    }

    @Test
    void keepsOtherMessagesOnOneLine() {
        assertThat(ParserMessages.plain("Unexpected character ('x' (code 120)):\n expected a valid value"))
                .isEqualTo("Unexpected character ('x' (code 120)): expected a valid value");
        assertThat(ParserMessages.plain(null)).isEmpty();
    }
}
