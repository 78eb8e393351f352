package dev.tandem.triage.routing;

import dev.tandem.triage.classify.Classification;
import dev.tandem.triage.classify.MessageText;
import dev.tandem.triage.classify.RulesClassifier;
import java.util.Arrays;
import java.util.List;

/**
 * In-process benchmark of classification + routing policy, single-threaded, over the labelled set.
 * Run from the scratch project after {@code mvn -q test-compile}:
 * <pre>java -cp target/classes:target/test-classes:$(mvn -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout) \
 *     dev.tandem.triage.routing.DecisionBenchmark [warm-up passes] [measured passes]</pre>
 */
public final class DecisionBenchmark {

    private DecisionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int warmupPasses = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        List<TriageEval.Case> cases = TriageEval.readResource("classify/labelled-messages.jsonl");
        RulesClassifier classifier = RulesClassifier.fromClasspath();
        RoutingPolicy policy = RoutingPolicy.parse(1, RoutingPolicy.defaultJson());
        PolicyEngine engine = new PolicyEngine();
        RoutingContext context = new RoutingContext(TriageEval.CATALOG, null, null);
        MessageText[] texts = cases.stream()
                .map(c -> new MessageText(c.subject(), c.body(), c.customer().language())).toArray(MessageText[]::new);
        CustomerFacts[] customers = cases.stream().map(TriageEval.Case::customer).toArray(CustomerFacts[]::new);

        long sink = 0;
        for (int p = 0; p < warmupPasses; p++) {
            for (int i = 0; i < texts.length; i++) {
                sink += engine.decide(policy, classifier.classify(texts[i]), customers[i], context).evaluations().size();
            }
        }
        long[] latencies = new long[passes * texts.length];
        int n = 0;
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        for (int p = 0; p < passes; p++) {
            for (int i = 0; i < texts.length; i++) {
                long t0 = System.nanoTime();
                Classification c = classifier.classify(texts[i]);
                Decision d = engine.decide(policy, c, customers[i], context);
                latencies[n++] = System.nanoTime() - t0;
                sink += d.evaluations().size();
            }
        }
        long elapsed = System.nanoTime() - start;
        long cpu = threads.getCurrentThreadCpuTime() - cpuStart;
        Arrays.sort(latencies);
        double perSecond = n / (elapsed / 1e9);
        System.out.printf("messages %d (%d distinct x %d passes, %d warm-up passes), single thread%n", n, texts.length, passes, warmupPasses);
        System.out.printf("throughput %.0f msg/s wall clock, %.0f msg/s per CPU-second of the benchmark thread (wall %.2f s, cpu %.2f s)%n",
                perSecond, n / (cpu / 1e9), elapsed / 1e9, cpu / 1e9);
        System.out.printf("machine load average at the end: %.2f on %d cores%n",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        System.out.printf("wall latency p50 %.1f us  p90 %.1f us  p99 %.1f us  max %.1f us%n",
                latencies[n / 2] / 1e3, latencies[(int) (n * 0.90)] / 1e3, latencies[(int) (n * 0.99)] / 1e3, latencies[n - 1] / 1e3);
        long[] cpuLatencies = new long[texts.length * Math.max(1, passes / 5)];
        int k = 0;
        for (int p = 0; p < Math.max(1, passes / 5); p++) {
            for (int i = 0; i < texts.length; i++) {
                long c0 = threads.getCurrentThreadCpuTime();
                sink += engine.decide(policy, classifier.classify(texts[i]), customers[i], context).evaluations().size();
                cpuLatencies[k++] = threads.getCurrentThreadCpuTime() - c0;
            }
        }
        Arrays.sort(cpuLatencies);
        System.out.printf("cpu time per message (excludes time the thread was not scheduled): p50 %.1f us  p99 %.1f us  max %.1f us%n",
                cpuLatencies[k / 2] / 1e3, cpuLatencies[(int) (k * 0.99)] / 1e3, cpuLatencies[k - 1] / 1e3);
        System.out.println("(checksum " + sink + ")");
    }
}
