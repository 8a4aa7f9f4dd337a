package org.infoshare.support;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * What a local attacker without the password gets from PostgreSQL: it speaks the wire protocol itself (no
 * driver, so that it also runs on its own, as another operating-system user, with {@code java PostgresProbe.java})
 * and tries to sign in as a role, answering a SCRAM challenge with a made-up proof. The server either lets it in
 * without proof ({@link Outcome#LET_IN}: the hole), refuses ({@link Outcome#REFUSED}), or cannot be reached at all.
 */
public final class PostgresProbe {

    public enum Outcome {
        /** Authentication succeeded without any secret. */
        LET_IN,
        /** The server asked for proof of a password and refused the made-up one (or refused outright). */
        REFUSED,
        /** No connection could be made (nothing listening, or no permission to reach the socket). */
        UNREACHABLE
    }

    /** The outcome, the SQLSTATE of the refusal if any, and the authentication the server asked for. */
    public record Result(Outcome outcome, String sqlState, String asked) {
        @Override
        public String toString() {
            return "outcome=" + outcome + " sqlstate=" + sqlState + " asked=" + asked;
        }
    }

    private PostgresProbe() {
    }

    public static Result overTcp(int port, String role, String database) {
        try (SocketChannel channel = SocketChannel.open(new InetSocketAddress("127.0.0.1", port))) {
            return signIn(channel, role, database);
        } catch (IOException e) {
            return new Result(Outcome.UNREACHABLE, null, e.getClass().getSimpleName());
        }
    }

    public static Result overSocket(Path socketFile, String role, String database) {
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(socketFile));
            return signIn(channel, role, database);
        } catch (IOException e) {
            return new Result(Outcome.UNREACHABLE, null, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private static Result signIn(SocketChannel channel, String role, String database) throws IOException {
        OutputStream out = Channels.newOutputStream(channel);
        DataInputStream in = new DataInputStream(Channels.newInputStream(channel));
        ByteArrayOutputStream startup = new ByteArrayOutputStream();
        writeInt(startup, 196608);
        for (String part : new String[] {"user", role, "database", database}) {
            writeString(startup, part);
        }
        startup.write(0);
        send(out, null, startup.toByteArray());

        Message first = read(in);
        if (first.type() == 'E') {
            return new Result(Outcome.REFUSED, sqlState(first.body()), "nothing");
        }
        int code = first.intAt(0);
        if (code == 0) {
            return new Result(Outcome.LET_IN, null, "nothing");
        }
        if (code != 10) {
            return new Result(Outcome.REFUSED, null, "authentication code " + code);
        }
        // SCRAM-SHA-256 without the password: a fresh nonce, then a made-up proof.
        byte[] nonceBytes = new byte[18];
        new SecureRandom().nextBytes(nonceBytes);
        String clientNonce = Base64.getEncoder().encodeToString(nonceBytes);
        byte[] clientFirst = ("n,,n=,r=" + clientNonce).getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream initial = new ByteArrayOutputStream();
        writeString(initial, "SCRAM-SHA-256");
        writeInt(initial, clientFirst.length);
        initial.write(clientFirst);
        send(out, 'p', initial.toByteArray());
        Message challenge = read(in);
        if (challenge.type() == 'E') {
            return new Result(Outcome.REFUSED, sqlState(challenge.body()), "SCRAM-SHA-256");
        }
        String serverFirst = new String(challenge.body(), 4, challenge.body().length - 4, StandardCharsets.UTF_8);
        String combinedNonce = serverFirst.substring(serverFirst.indexOf("r=") + 2, serverFirst.indexOf(','));
        String madeUpProof = Base64.getEncoder().encodeToString(new byte[32]);
        send(out, 'p', ("c=biws,r=" + combinedNonce + ",p=" + madeUpProof).getBytes(StandardCharsets.UTF_8));
        Message verdict = read(in);
        if (verdict.type() == 'E') {
            return new Result(Outcome.REFUSED, sqlState(verdict.body()), "SCRAM-SHA-256");
        }
        return new Result(Outcome.LET_IN, null, "SCRAM-SHA-256");
    }

    private record Message(char type, byte[] body) {
        int intAt(int offset) {
            return ((body[offset] & 0xff) << 24) | ((body[offset + 1] & 0xff) << 16) | ((body[offset + 2] & 0xff) << 8) | (body[offset + 3] & 0xff);
        }
    }

    private static Message read(DataInputStream in) throws IOException {
        char type = (char) in.readUnsignedByte();
        int length = in.readInt();
        byte[] body = new byte[length - 4];
        in.readFully(body);
        return new Message(type, body);
    }

    private static void send(OutputStream out, Character type, byte[] body) throws IOException {
        ByteArrayOutputStream message = new ByteArrayOutputStream();
        if (type != null) {
            message.write(type);
        }
        writeInt(message, body.length + 4);
        message.write(body);
        out.write(message.toByteArray());
        out.flush();
    }

    /** The {@code C} field of an ErrorResponse. */
    private static String sqlState(byte[] body) {
        int i = 0;
        while (i < body.length && body[i] != 0) {
            char field = (char) body[i++];
            int end = i;
            while (body[end] != 0) {
                end++;
            }
            if (field == 'C') {
                return new String(body, i, end - i, StandardCharsets.UTF_8);
            }
            i = end + 1;
        }
        return null;
    }

    private static void writeInt(ByteArrayOutputStream out, int value) {
        out.write(value >>> 24);
        out.write(value >>> 16);
        out.write(value >>> 8);
        out.write(value);
    }

    private static void writeString(ByteArrayOutputStream out, String value) {
        out.writeBytes(value.getBytes(StandardCharsets.UTF_8));
        out.write(0);
    }

    /** {@code java PostgresProbe.java <port> <socket file> <role>...}: one line per attempt. */
    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        Path socket = Path.of(args[1]);
        for (int i = 2; i < args.length; i++) {
            System.out.println("tcp " + args[i] + " " + overTcp(port, args[i], "infoshare"));
            System.out.println("socket " + args[i] + " " + overSocket(socket, args[i], "infoshare"));
        }
    }
}
