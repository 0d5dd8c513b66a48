package io.github.spice4j.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IModelTransformer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.TypeConversionException;

/**
 * For commands that write tables only ({@code ephemeris}): the shared {@code --format} option of
 * {@link CommonOptions} offers csv and json, defaults to csv in its help, and refuses text while
 * parsing, so help never lists a value the command rejects.
 */
public final class TableFormats implements IModelTransformer {
  /** Creates the transformer (picocli instantiates it from {@code @Command(modelTransformer = ...)}). */
  public TableFormats() {}

  @Override
  public CommandSpec transform(CommandSpec spec) {
    OptionSpec shared = spec.findOption("--format");
    if (shared == null) return spec;
    spec.remove(shared);
    CommandLine.ITypeConverter<OutputFormat> tableOnly = s -> {
      OutputFormat f = OutputFormat.valueOf(s.strip().toLowerCase(java.util.Locale.ROOT));
      if (f == OutputFormat.text) throw new TypeConversionException("'" + s + "' is not a table format; use csv or json");
      return f;
    };
    spec.addOption(OptionSpec.builder(shared)
        .description("Output format: csv, json (default: csv).")
        .completionCandidates(List.of(OutputFormat.csv.name(), OutputFormat.json.name()))
        .converters(tableOnly)
        .build());
    return spec;
  }
}
