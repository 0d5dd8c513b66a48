package io.github.spice4j.cli;

import io.github.spice4j.Spice;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the spice4j version and the CSPICE toolkit version (tkvrsn) of the loaded native library. */
public final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String toolkit;
    try (Spice spice = Spice.create()) {
      toolkit = spice.toolkitVersion();
    } catch (RuntimeException | LinkageError e) {
      toolkit = "unavailable (" + e.getMessage() + ")";
    }
    return new String[] {"spice4j " + spice4jVersion(), "toolkit " + toolkit};
  }

  /** The version Maven filtered into version.properties, or {@code unknown}. */
  static String spice4jVersion() {
    try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        Properties p = new Properties();
        p.load(in);
        String v = p.getProperty("version");
        if (v != null && !v.startsWith("${")) return v;
      }
    } catch (IOException e) {
      // fall through
    }
    String v = VersionProvider.class.getPackage().getImplementationVersion();
    return v == null ? "unknown" : v;
  }
}
