package id.peristiwa.cli;

import java.lang.reflect.Method;

/** Whether the standard streams are a terminal, where a progress line may be redrawn in place. */
final class Terminal {

    private Terminal() {
    }

    /**
     * True when the console is interactive. From JDK 22 {@code System.console()} exists even when the streams are
     * redirected and {@code Console.isTerminal()} tells; on JDK 21 a console exists only for a terminal.
     */
    static boolean isTerminal() {
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = java.io.Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
