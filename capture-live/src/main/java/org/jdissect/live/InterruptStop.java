package org.jdissect.live;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes Ctrl-C (SIGINT) and SIGTERM stop a live capture cleanly instead of killing the JVM: the read loop ends as at
 * the end of a file, so printers finish, a file being written is completed, and the statistics are printed. Uses
 * {@code sun.misc.Signal} (module jdk.unsupported, present in every JDK) reflectively; where it is missing, a
 * shutdown hook stops the capture and waits briefly for the loop to finish.
 */
public final class InterruptStop implements AutoCloseable {
    private final List<Object[]> previous = new ArrayList<>();
    private Thread hook;
    private volatile boolean finished;
    private volatile boolean signalled;

    private InterruptStop() {
    }

    /** Installs the handlers; {@link #close()} restores the previous ones. */
    public static InterruptStop install(LiveCapture capture) {
        return install(capture::stop);
    }

    /**
     * Installs handlers that call {@code stop} (which must make the read loop end soon, as at the end of a file) on
     * the first SIGINT or SIGTERM; a second one ends the JVM at once (status 130), for a loop that does not stop.
     * {@link #close()} restores the previous handlers.
     */
    public static InterruptStop install(Runnable stop) {
        InterruptStop s = new InterruptStop();
        Runnable once = () -> {
            if (s.signalled) {
                Runtime.getRuntime().halt(130);
            }
            s.signalled = true;
            stop.run();
        };
        try {
            Class<?> signal = Class.forName("sun.misc.Signal");
            Class<?> handlerType = Class.forName("sun.misc.SignalHandler");
            Method handle = signal.getMethod("handle", signal, handlerType);
            InvocationHandler ih = (proxy, m, args) -> {
                if (m.getName().equals("handle")) {
                    once.run();
                    return null;
                }
                return switch (m.getName()) {
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> "InterruptStop";
                };
            };
            Object h = Proxy.newProxyInstance(InterruptStop.class.getClassLoader(), new Class<?>[] {handlerType}, ih);
            for (String name : new String[] {"INT", "TERM"}) {
                Object sig = signal.getConstructor(String.class).newInstance(name);
                s.previous.add(new Object[] {sig, handle.invoke(null, sig, h)});
            }
            s.restore = handle;
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            s.hook = new Thread(() -> {
                s.signalled = true;
                stop.run();
                long until = System.nanoTime() + 2_000_000_000L;
                while (!s.finished && System.nanoTime() < until) {
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException ie) {
                        return;
                    }
                }
            }, "jdissect-stop-capture");
            Runtime.getRuntime().addShutdownHook(s.hook);
        }
        return s;
    }

    private Method restore;

    /** Whether a signal asked the loop to stop (the front end then reports the run as interrupted). */
    public boolean signalled() {
        return signalled;
    }

    @Override
    public void close() {
        finished = true;
        if (restore != null) {
            for (Object[] p : previous) {
                try {
                    restore.invoke(null, p[0], p[1]);
                } catch (ReflectiveOperationException | RuntimeException ignored) {
                    // the JVM is ending anyway
                }
            }
        }
        if (hook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException ignored) {
                // already shutting down: the hook is running and sees finished
            }
        }
    }
}
