import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;

/**
 * Open-loop load for POST /api/messages: requests start at a fixed rate whatever the server does, and each
 * latency counts from the moment its request was due, so time spent waiting for a free connection counts
 * too (no coordinated omission, unlike a closed loop such as wrk's). Same messages as triage-intake.lua.
 *
 * <pre>
 * java -cp 'triage-service/target/quarkus-app/lib/main/*' bench/OpenLoad.java URL RATE SECONDS [CONNECTIONS]
 * </pre>
 * TOKEN (a bearer token with role intake) and PREFIX (of the externalIds) come from the environment. The
 * first OPEN_WARMUP seconds (default 10) run at the same rate but are not counted: they warm this client's own
 * JIT and open its connections. Every 10 s the p99 of that window goes to stderr.
 */
public class OpenLoad {

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: OpenLoad URL RATE SECONDS [CONNECTIONS]");
            System.exit(2);
        }
        URI url = URI.create(args[0]);
        int rate = Integer.parseInt(args[1]);
        int seconds = Integer.parseInt(args[2]);
        int connections = args.length > 3 ? Integer.parseInt(args[3]) : 128;
        String token = System.getenv("TOKEN");
        String prefix = System.getenv().getOrDefault("PREFIX", "open");
        int warmup = Integer.parseInt(System.getenv().getOrDefault("OPEN_WARMUP", "10"));
        List<String[]> messages = messages(Path.of(System.getenv().getOrDefault("BENCH_DIR", "bench"),
                "triage-messages.tsv"));

        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1));
        HttpClient client = vertx.createHttpClient(new HttpClientOptions().setDefaultHost(url.getHost())
                .setDefaultPort(url.getPort()).setKeepAlive(true), new PoolOptions().setHttp1MaxSize(connections));
        Histogram latency = new Histogram(TimeUnit.SECONDS.toNanos(60), 3);
        Histogram window = new Histogram(TimeUnit.SECONDS.toNanos(60), 3);
        AtomicLong failed = new AtomicLong();
        long uncounted = (long) rate * warmup;
        long total = uncounted + (long) rate * seconds;
        CountDownLatch done = new CountDownLatch((int) total);
        long intervalNanos = TimeUnit.SECONDS.toNanos(1) / rate;
        long start = System.nanoTime();
        long[] sent = {0};

        // every millisecond, start every request that has come due since the last tick
        vertx.setPeriodic(1, timer -> {
            long dueNow = Math.min(total, (System.nanoTime() - start) / intervalNanos + 1);
            for (; sent[0] < dueNow; sent[0]++) {
                long n = sent[0];
                long due = start + n * intervalNanos;
                String[] m = messages.get((int) (n % messages.size()));
                String body = String.format("{\"externalId\":\"%s-%d\",\"conversationId\":null,\"channel\":\"EMAIL\","
                        + "\"customer\":{\"id\":\"c-%d\",\"tier\":\"STANDARD\",\"tenureMonths\":12,"
                        + "\"lifetimeValue\":300,\"dealStage\":\"NONE\",\"aiOptOut\":false,\"language\":\"%s\","
                        + "\"region\":\"UK\"},"
                        + "\"subject\":\"Question\",\"body\":\"%s\"}", prefix, n, n % 5000, m[0], m[1]);
                client.request(HttpMethod.POST, url.getPath())
                        .compose(request -> request.putHeader("Content-Type", "application/json")
                                .putHeader("Authorization", "Bearer " + token)
                                .send(Buffer.buffer(body))
                                .compose(response -> response.body().map(ignored -> response.statusCode())))
                        .onComplete(result -> {
                            long took = Math.min(System.nanoTime() - due, latency.getHighestTrackableValue());
                            if (n >= uncounted) {
                                if (result.failed() || result.result() >= 400) {
                                    failed.incrementAndGet();
                                }
                                synchronized (latency) {
                                    latency.recordValue(took);
                                }
                            }
                            window.recordValue(took);
                            done.countDown();
                        });
            }
            if (sent[0] == total) {
                vertx.cancelTimer(timer);
            }
        });

        long[] windows = {0};
        vertx.setPeriodic(10_000, timer -> { // on the one event loop, like the recording
            System.err.printf("%ds: p99=%.2fms max=%.2fms%n", 10 * ++windows[0], ms(window, 99),
                    window.getMaxValue() / 1e6);
            window.reset();
        });
        boolean finished = done.await(warmup + seconds + 60L, TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - start) / 1e9 - warmup;
        synchronized (latency) {
            System.out.printf("rate=%d/s requests=%d completed=%d failed=%d achieved=%.1f/s p50=%.2fms p90=%.2fms"
                            + " p99=%.2fms p99.9=%.2fms max=%.2fms%s%n", rate, total - uncounted,
                    latency.getTotalCount(), failed.get(), latency.getTotalCount() / elapsed, ms(latency, 50),
                    ms(latency, 90), ms(latency, 99), ms(latency, 99.9), latency.getMaxValue() / 1e6,
                    finished ? "" : " (gave up waiting for the rest)");
        }
        vertx.close();
        System.exit(finished && failed.get() == 0 ? 0 : 1);
    }

    private static double ms(Histogram h, double percentile) {
        return h.getValueAtPercentile(percentile) / 1e6;
    }

    /** Lines of "language TAB body". */
    private static List<String[]> messages(Path file) throws IOException {
        return Files.readAllLines(file).stream().filter(l -> l.contains("\t")).map(l -> l.split("\t", 2)).toList();
    }
}
