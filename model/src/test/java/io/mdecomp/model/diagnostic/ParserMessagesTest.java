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
    void dropsAdviceOnFeaturesAUserCannotEnable() {
        assertThat(ParserMessages.plain("Non-standard token 'NaN': enable `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS`"
                + " to allow")).isEqualTo("'NaN' is not a JSON value (JSON numbers are finite)");
        assertThat(ParserMessages.plain("Unexpected character ('/' (code 47)): maybe a (non-standard) comment? (not"
                + " recognized as one since Feature 'ALLOW_COMMENTS' not enabled for parser)"))
                .isEqualTo("Unexpected character ('/' (code 47)): maybe a (non-standard) comment? (JSON has no"
                        + " comments)");
    }

    @Test
    void keepsOtherMessagesOnOneLine() {
        assertThat(ParserMessages.plain("Unexpected character ('x' (code 120)):\n expected a valid value"))
                .isEqualTo("Unexpected character ('x' (code 120)): expected a valid value");
        assertThat(ParserMessages.plain(null)).isEmpty();
    }
}
