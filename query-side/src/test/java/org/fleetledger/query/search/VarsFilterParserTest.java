package org.fleetledger.query.search;

import org.fleetledger.query.support.QueryRejectedException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VarsFilterParserTest {

    @Test
    void readsATopLevelKeyAndAStringValue() {
        VarsClause clause = only("foo:\"bar\"");
        assertThat(clause.key()).isEqualTo("foo");
        assertThat(clause.legs()).isEmpty();
        assertThat(clause.value().stringValue()).isEqualTo("bar");
    }

    @Test
    void readsNestedMembersIndexesAndWildcards() {
        VarsClause clause = only("hardware_profiles.disks[*].manufacturer:\"Seagate\"");
        assertThat(clause.key()).isEqualTo("hardware_profiles");
        assertThat(clause.legs()).containsExactly(new PathLeg.Member("disks"), new PathLeg.AnyIndex(),
                new PathLeg.Member("manufacturer"));
        assertThat(clause.selectsMany()).isTrue();
        assertThat(only("foo[5]:\"I'm just a string\"").legs()).containsExactly(new PathLeg.Index(5));
        assertThat(only("foo.*:\"zoo\"").legs()).containsExactly(new PathLeg.AnyMember());
        assertThat(only("foo[2].bar[0]:1").legs()).containsExactly(new PathLeg.Index(2), new PathLeg.Member("bar"),
                new PathLeg.Index(0));
    }

    @Test
    void readsQuotedKeysWithDotsHyphensAndEscapes() {
        VarsClause clause = only("\"os-information\".release.\"v3.0\":\"4.4.0\"");
        assertThat(clause.key()).isEqualTo("os-information");
        assertThat(clause.legs()).containsExactly(new PathLeg.Member("release"), new PathLeg.Member("v3.0"));
        assertThat(only("\"a\\\"b\":1").key()).isEqualTo("a\"b");
    }

    @Test
    void readsEveryKindOfJsonValue() {
        assertThat(only("a:42").value().isIntegralNumber()).isTrue();
        assertThat(only("a:3.14").value().decimalValue()).isEqualByComparingTo("3.14");
        assertThat(only("a:true").value().booleanValue()).isTrue();
        assertThat(only("a:null").value().isNull()).isTrue();
        assertThat(only("a:{\"b\":\"c\"}").value().get("b").stringValue()).isEqualTo("c");
        assertThat(only("a:\"x:y\"").value().stringValue()).as("colons after the first are the value's")
                .isEqualTo("x:y");
    }

    @Test
    void andsClausesAndKeepsTheLastOfOnePath() {
        List<VarsClause> clauses = VarsFilterParser.parse("a:1,b.c:2,a:3");
        assertThat(clauses).extracting(VarsClause::key).containsExactly("b", "a");
        assertThat(clauses.get(1).value().intValue()).isEqualTo(3);
    }

    @Test
    void rejectsPathsOutsideTheGrammar() {
        for (String vars : List.of("foo.hyphenated-key:1", "v3.0.foo:1", "[*]foo.bar:1", "foo[1:3]:1", "foo.**:1",
                "foo..bar:1", "foo.:1", ":1", "foo bar:1", "foo[]:1", "foo[x]:1", "\"\":1", "\"open:1", "foo[-1]:1")) {
            assertThatThrownBy(() -> VarsFilterParser.parse(vars)).as(vars)
                    .isInstanceOf(QueryRejectedException.class)
                    .hasMessage(VarsFilterParser.INVALID_PATH);
        }
    }

    @Test
    void rejectsValuesThatAreNotJson() {
        for (String vars : List.of("foo:bar", "foo:", "foo:\"a", "foo:1 2", "foo:'x'")) {
            assertThatThrownBy(() -> VarsFilterParser.parse(vars)).as(vars)
                    .isInstanceOf(QueryRejectedException.class)
                    .hasMessage(VarsFilterParser.INVALID_VALUE);
        }
    }

    @Test
    void rejectsAClauseWithoutAColonAndAnEmptyFilter() {
        assertThatThrownBy(() -> VarsFilterParser.parse("foo")).isInstanceOf(QueryRejectedException.class)
                .hasMessageContaining("has no colon");
        assertThatThrownBy(() -> VarsFilterParser.parse("a:1,")).isInstanceOf(QueryRejectedException.class)
                .hasMessageContaining("has no colon");
        assertThatThrownBy(() -> VarsFilterParser.parse("")).isInstanceOf(QueryRejectedException.class)
                .hasMessageContaining("empty");
    }

    private static VarsClause only(String vars) {
        List<VarsClause> clauses = VarsFilterParser.parse(vars);
        assertThat(clauses).hasSize(1);
        return clauses.get(0);
    }
}
