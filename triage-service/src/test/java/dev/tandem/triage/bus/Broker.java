package dev.tandem.triage.bus;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Takes the local RabbitMQ node down and up with {@code rabbitmqctl}, for fault tests. */
final class Broker {

    private Broker() {
    }

    static void stop() throws Exception {
        run("rabbitmqctl", "stop_app");
    }

    static void start() throws Exception {
        run("rabbitmqctl", "start_app");
        run("rabbitmqctl", "await_startup");
    }

    static void ensureRunning() throws Exception {
        if (exec("rabbitmqctl", "await_startup", "--timeout", "5") != 0) {
            start();
        }
    }

    private static void run(String... command) throws Exception {
        int exit = exec(command);
        if (exit != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited with " + exit);
        }
    }

    private static int exec(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(Duration.ofMinutes(2).toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " timed out");
        }
        return process.exitValue();
    }
}
