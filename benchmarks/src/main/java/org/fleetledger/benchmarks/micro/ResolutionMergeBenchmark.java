package org.fleetledger.benchmarks.micro;

import org.fleetledger.query.ledger.PastProvenance;
import org.fleetledger.query.ledger.ResolutionChainSample;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.JsonNode;

import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The merge of a device's scopes in the service, as time travel ({@code as_of}) and past provenance do
 * it once the scopes are folded from the log: ten scopes (the host, two parents, three labels, cell,
 * region, cloud, project) of 10 to 20 variables each, with overrides. A past list with details merges
 * once per host of the page.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ResolutionMergeBenchmark {

    private ResolutionChainSample chain;

    @Setup
    public void setUp() {
        chain = new ResolutionChainSample();
    }

    @Benchmark
    public Map<String, JsonNode> resolve() {
        return chain.resolved();
    }

    @Benchmark
    public Map<String, PastProvenance> provenance() {
        return chain.provenance();
    }
}
