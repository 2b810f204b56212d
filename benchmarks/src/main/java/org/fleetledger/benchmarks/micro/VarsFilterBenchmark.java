package org.fleetledger.benchmarks.micro;

import org.fleetledger.events.variables.OwnerType;
import org.fleetledger.query.search.VarsClause;
import org.fleetledger.query.search.VarsConditions;
import org.fleetledger.query.search.VarsFilter;
import org.fleetledger.query.search.VarsFilterParser;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.fleetledger.query.jooq.Tables.DEVICE_VIEW;

/**
 * The {@code vars} filter of a list request before any database work: reading the parameter
 * ({@link VarsFilterParser}) and turning it into the SQL a host list runs over resolved variables
 * ({@link VarsConditions}, rendered for PostgreSQL). Every filtered list pays both, once per request.
 * jOOQ's rendering needs more warm-up than the other benchmarks: after three seconds it was still
 * getting faster from one iteration to the next.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
public class VarsFilterBenchmark {

    private static final Map<String, String> FILTERS = Map.of(
            "key", "dns:\"10.1.0.54\"",
            "quoted", "\"os-information\".release.\"v3.0\":\"4.4.0\"",
            "index", "ntp[0]:\"10.0.0.1\"",
            "anyIndex", "hardware_profiles.disks[*].manufacturer:\"Seagate\"",
            "anyMember", "interfaces.*.speed:25000",
            "threeClauses", "role:\"compute\",tier:2,hardware_profiles.disks[*].manufacturer:\"Seagate\"");

    @Param({"key", "quoted", "index", "anyIndex", "anyMember", "threeClauses"})
    public String filter;

    private String text;
    private VarsFilter parsed;
    private DSLContext sql;

    @Setup
    public void setUp() {
        text = FILTERS.get(filter);
        parsed = new VarsFilter(VarsFilterParser.parse(text), true);
        sql = DSL.using(SQLDialect.POSTGRES);
    }

    @Benchmark
    public List<VarsClause> parse() {
        return VarsFilterParser.parse(text);
    }

    @Benchmark
    public String translate() {
        return sql.render(VarsConditions.matching(parsed, OwnerType.DEVICE, DEVICE_VIEW.ID));
    }
}
