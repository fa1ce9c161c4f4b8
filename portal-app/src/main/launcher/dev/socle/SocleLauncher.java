package dev.socle;

import java.lang.reflect.InvocationTargetException;

/**
 * The entry point of {@code socle.jar}: compiled for Java 8 so that any JVM can run it and say which Java Socle
 * needs, instead of failing with {@code UnsupportedClassVersionError}; on Java 21 or newer it starts Socle.
 */
public final class SocleLauncher {

    static final int REQUIRED = 21;

    private SocleLauncher() {}

    public static void main(String[] args) throws Throwable {
        int running = featureVersion(System.getProperty("java.specification.version", "0"));
        if (running < REQUIRED) {
            System.err.println("Socle needs Java " + REQUIRED + " or newer; this is Java " + running + " at "
                    + System.getProperty("java.home") + ".");
            System.err.println("Point JAVA_HOME at a newer JDK (see ls /usr/lib/jvm, or install one, e.g. Temurin 21"
                    + " or 25) and run Socle with: $JAVA_HOME/bin/java -jar socle.jar");
            System.exit(1);
        }
        try {
            Class.forName("dev.socle.SocleApplication")
                    .getMethod("main", String[].class)
                    .invoke(null, (Object) args);
        } catch (InvocationTargetException failed) {
            throw failed.getCause();
        }
    }

    /** 17 for "17", 8 for "1.8". */
    static int featureVersion(String specification) {
        String version = specification.startsWith("1.") ? specification.substring(2) : specification;
        int dot = version.indexOf('.');
        try {
            return Integer.parseInt(dot < 0 ? version : version.substring(0, dot));
        } catch (NumberFormatException unknown) {
            return 0;
        }
    }
}
