package id.peristiwa.cli;

import picocli.CommandLine;

/** The version printed by {@code peristiwa --version}, from the jar's manifest. */
final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Main.class.getPackage().getImplementationVersion();
        return new String[] {"peristiwa " + (v == null ? "development build" : v)};
    }
}
