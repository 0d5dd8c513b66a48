package io.github.spice4j.cli;

import io.github.spice4j.AberrationCorrection;
import io.github.spice4j.SpiceException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** picocli type converters for option values. */
public final class Converters {
  private Converters() {}

  /** {@code --abcorr}: CSPICE spellings ({@code LT+S}) or enum names ({@code LT_S}), case-insensitive. */
  public static final class Abcorr implements ITypeConverter<AberrationCorrection> {
    @Override
    public AberrationCorrection convert(String value) {
      try {
        return AberrationCorrection.parse(value);
      } catch (SpiceException e) {
        throw new TypeConversionException(e.longMessage());
      }
    }
  }

  /** {@code --step}: seconds, or a number with a unit {@code s}, {@code m}, {@code h}, {@code d} ({@code 10m}, {@code 1.5h}). */
  public static final class Step implements ITypeConverter<Double> {
    private static final Pattern STEP = Pattern.compile("([0-9]*\\.?[0-9]+(?:[eE][-+]?[0-9]+)?)\\s*([a-z]*)");

    @Override
    public Double convert(String value) {
      Matcher m = STEP.matcher(value.strip().toLowerCase(Locale.ROOT));
      if (!m.matches()) throw new TypeConversionException("'" + value + "' is not a step such as 3600, 90s, 10m, 1h or 1d");
      double n = Double.parseDouble(m.group(1));
      double unit = switch (m.group(2)) {
        case "", "s", "sec", "secs", "second", "seconds" -> 1;
        case "m", "min", "mins", "minute", "minutes" -> 60;
        case "h", "hr", "hrs", "hour", "hours" -> 3600;
        case "d", "day", "days" -> 86400;
        default -> throw new TypeConversionException("unknown unit '" + m.group(2) + "' in step '" + value
            + "' (use s, m, h or d)");
      };
      double seconds = n * unit;
      if (!(seconds > 0) || Double.isInfinite(seconds)) {
        throw new TypeConversionException("step must be positive, got '" + value + "'");
      }
      return seconds;
    }
  }
}
