package dev.tandem.content.voice;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * In-process throughput and latency of {@link VoiceChecker#check} on ~200-word drafts, one thread.
 * Run from /work/scratch/content-voice after {@code mvn -B -q test-compile}:
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) dev.tandem.content.voice.CheckBenchmark [drafts]}
 * (cp.txt from {@code mvn -B -q dependency:build-classpath -Dmdep.outputFile=cp.txt}). Besides wall-clock figures it
 * reports the checking thread's CPU time, which is what "per core" means on a shared, oversubscribed machine.
 */
public final class CheckBenchmark {

    private CheckBenchmark() {
    }

    public static void main(String[] args) {
        int measured = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        BrandVoice brand = LabelledSet.brand();
        new VoiceChecker(brand);
        long built = System.nanoTime();
        VoiceChecker checker = new VoiceChecker(brand);
        double buildMs = (System.nanoTime() - built) / 1e6;
        List<CheckInput> drafts = drafts(500, new Random(42));
        double avgWords = drafts.stream().mapToInt(d -> d.body().split("\\s+").length).average().orElse(0);
        long sink = 0;
        for (int i = 0; i < 5_000; i++) {
            sink += checker.check(drafts.get(i % drafts.size())).findings().size();
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] wall = new long[measured];
        long[] cpu = new long[measured];
        long begin = System.nanoTime();
        long cpuBegin = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < measured; i++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            sink += checker.check(drafts.get(i % drafts.size())).findings().size();
            wall[i] = System.nanoTime() - t0;
            cpu[i] = threads.getCurrentThreadCpuTime() - c0;
        }
        double seconds = (System.nanoTime() - begin) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuBegin) / 1e9;
        Arrays.sort(wall);
        Arrays.sort(cpu);
        System.out.printf(Locale.ROOT, "drafts %d (avg %.0f words, %d distinct), single thread, %d cores, load %.1f%n",
                measured, avgWords, drafts.size(), Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.printf(Locale.ROOT, "throughput %.0f drafts/s wall clock, %.0f drafts per CPU-second of the checking thread%n",
                measured / seconds, measured / cpuSeconds);
        System.out.printf(Locale.ROOT, "latency ms (wall): p50 %.3f  p90 %.3f  p99 %.3f  max %.3f%n", ms(wall, 0.50),
                ms(wall, 0.90), ms(wall, 0.99), wall[wall.length - 1] / 1e6);
        System.out.printf(Locale.ROOT, "latency ms (thread CPU): p50 %.3f  p90 %.3f  p99 %.3f  max %.3f%n", ms(cpu, 0.50),
                ms(cpu, 0.90), ms(cpu, 0.99), cpu[cpu.length - 1] / 1e6);
        System.out.printf(Locale.ROOT, "new VoiceChecker(brand): %.1f ms (once per brand version)%n", buildMs);
        System.out.println("(findings checksum " + sink + ")");
    }

    private static double ms(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }

    /** ~200-word drafts assembled from the labelled sentences, so most carry a few findings. */
    static List<CheckInput> drafts(int count, Random random) {
        List<String> sentences = new ArrayList<>();
        for (LabelledSet.Case c : LabelledSet.resource("/voice/labelled-drafts.jsonl")) {
            for (String s : c.input().body().split("(?<=[.!?])\\s+")) {
                if (s.split("\\s+").length >= 4) {
                    sentences.add(s.trim());
                }
            }
        }
        Channel[] channels = Channel.values();
        List<CheckInput> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder body = new StringBuilder("Hi {{first_name}},\n\n");
            int words = 0;
            while (words < 195) {
                String s = sentences.get(random.nextInt(sentences.size()));
                body.append(s).append(random.nextInt(4) == 0 ? "\n\n" : " ");
                words += s.split("\\s+").length;
            }
            out.add(new CheckInput(channels[i % channels.length], i % 2 == 0 ? Origin.AI : Origin.HUMAN, "Draft " + i,
                    body.append("\n\nThe Northwind team").toString(), List.of("first_name")));
        }
        return out;
    }
}
