package dev.tandem.triage.bus;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** The local RabbitMQ node for tests: probe queues on the events exchange, and down/up with {@code rabbitmqctl}. */
final class Broker {

    private Broker() {
    }

    /** A connection to the local broker (guest/guest). */
    static Connection connect() throws Exception {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost("localhost");
        factory.setUsername("guest");
        factory.setPassword("guest");
        return factory.newConnection();
    }

    /** Declares a durable probe queue bound to the events exchange, so a test can read what was published. */
    static Channel probe(Connection connection, String exchange, String queue, String routingKey) throws Exception {
        Channel channel = connection.createChannel();
        channel.exchangeDeclare(exchange, "topic", true);
        channel.queueDeclare(queue, true, false, false, null);
        channel.queueBind(queue, exchange, routingKey);
        return channel;
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
