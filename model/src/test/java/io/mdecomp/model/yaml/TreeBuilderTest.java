package io.mdecomp.model.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mdecomp.model.diagnostic.InputException;
import org.junit.jupiter.api.Test;

/** The document tree: YAML's nulls, aliases and positions, as SnakeYAML's composer gives them. */
class TreeBuilderTest {

    private static TreeNode root(String yaml) {
        return YamlLoader.parse("t.yaml", yaml).root();
    }

    private static TreeNode.Scalar scalar(TreeNode mapping, int entry) {
        return (TreeNode.Scalar) ((TreeNode.Mapping) mapping).entries().get(entry).value();
    }

    @Test
    void plainNullSpellingsAreNullAndQuotedOrOtherOnesAreNot() {
        TreeNode root = root("a: ~\nb: null\nc: NULL\nd:\ne: 'null'\nf: \"~\"\ng: nil\nh: !!null x\ni: !!str null\n");
        boolean[] expected = {true, true, true, true, false, false, false, true, false};
        for (int i = 0; i < expected.length; i++) {
            assertThat(scalar(root, i).isNull()).as("entry %d", i).isEqualTo(expected[i]);
        }
        assertThat(scalar(root, 3).value()).isEmpty();
    }

    @Test
    void positionsAreTheZeroBasedStartOfEachValue() {
        TreeNode root = root("top:\n  list: [1, {k: v}]\n");
        TreeNode.Mapping top = (TreeNode.Mapping) ((TreeNode.Mapping) root).entries().get(0).value();
        TreeNode.Sequence list = (TreeNode.Sequence) top.entries().get(0).value();
        assertThat(top.line()).isEqualTo(1);
        assertThat(top.column()).isEqualTo(2);
        assertThat(list.line()).isEqualTo(1);
        assertThat(list.column()).isEqualTo(8);
        assertThat(list.items().get(1).column()).isEqualTo(12);
    }

    @Test
    void anAliasIsTheAnchoredValueItself() {
        TreeNode root = root("a: &x {k: v}\nb: *x\nc: &s word\nd: *s\n");
        TreeNode.Mapping mapping = (TreeNode.Mapping) root;
        assertThat(mapping.entries().get(1).value()).isSameAs(mapping.entries().get(0).value());
        assertThat(mapping.entries().get(3).value()).isSameAs(mapping.entries().get(2).value());
    }

    @Test
    void anAliasInsideTheValueItNamesIsRefusedWithItsPosition() {
        assertThatThrownBy(() -> root("a: &x\n  b: *x\n")).isInstanceOf(InputException.class)
                .hasMessageContaining("t.yaml:2:6").hasMessageContaining("cannot contain itself");
    }

    @Test
    void anUndefinedAliasIsRefusedWithItsPosition() {
        assertThatThrownBy(() -> root("a: 1\nb: *nowhere\n")).isInstanceOf(InputException.class)
                .hasMessageContaining("t.yaml:2:4").hasMessageContaining("nowhere");
    }

    @Test
    void deepNestingWithinTheLimitIsRead() {
        String yaml = "[".repeat(50) + "]".repeat(50);
        TreeNode node = root(yaml);
        int depth = 0;
        while (node instanceof TreeNode.Sequence sequence && !sequence.items().isEmpty()) {
            node = sequence.items().get(0);
            depth++;
        }
        assertThat(depth).isEqualTo(49);
    }
}
