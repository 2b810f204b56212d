package org.fleetledger.benchmarks.micro;

import org.fleetledger.query.stream.ChangeRecordSample;
import org.fleetledger.query.stream.StreamRecord;
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

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Mapping one event and its resource's states before and after it to the change stream's record bytes
 * (spec §7), which the publisher does for every event: a host's creation, and a change of its variables
 * (the whole host, fields, three labels and ten variables, written twice). A profile of a backlog drain
 * found the publisher building these records for much of the time it did not spend reading events.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ChangeRecordBenchmark {

    private ChangeRecordSample sample;

    @Setup
    public void setUp() {
        sample = new ChangeRecordSample();
    }

    @Benchmark
    public List<StreamRecord> hostCreated() {
        return sample.created();
    }

    @Benchmark
    public List<StreamRecord> variablesChanged() {
        return sample.variablesChanged();
    }
}
