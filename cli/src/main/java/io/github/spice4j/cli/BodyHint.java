package io.github.spice4j.cli;

import io.github.spice4j.BodyNames;
import io.github.spice4j.Spice;
import io.github.spice4j.SpiceErrorCode;
import io.github.spice4j.SpiceException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * "did you mean MOON?" for {@code SPICE(IDCODENOTFOUND)}: CSPICE quotes the names it could not
 * resolve ({@code The target, 'MON', is not a recognized name ...}); each quoted name that is indeed
 * unknown is compared by edit distance with every name the loaded kernels know ({@link BodyNames}).
 */
final class BodyHint {
  private static final Pattern QUOTED = Pattern.compile("'([^']+)'");
  /** Most suggestions printed for one name. */
  private static final int MAX_SUGGESTIONS = 3;

  private BodyHint() {}

  /**
   * The hint for an error, computed on a fresh engine with the command's kernels (the command's own
   * engine is closed by the time the error is reported).
   *
   * @param e the failure
   * @param kernels the kernels the command loaded (asked only for an unknown-body error)
   * @return e.g. {@code did you mean MOON?}, empty when the error is not about an unknown body or no
   *     known name is close
   */
  static Optional<String> forError(SpiceException e, Supplier<List<Path>> kernels) {
    if (!e.is(SpiceErrorCode.IDCODENOTFOUND)) return Optional.empty();
    try (Spice spice = Spice.create()) {
      for (Path k : kernels.get()) spice.load(k);
      Collection<String> known = null;
      List<String> hints = new ArrayList<>();
      Set<String> quoted = new LinkedHashSet<>(); // CSPICE quotes the unknown name twice in one message
      Matcher m = QUOTED.matcher(e.longMessage());
      while (m.find()) quoted.add(m.group(1));
      for (String name : quoted) {
        if (spice.bodyId(name).isPresent()) continue; // e.g. the observer quoted next to the misspelled target
        if (known == null) known = BodyNames.known(spice);
        List<String> close = closest(name, known);
        if (!close.isEmpty()) hints.add(String.join(" or ", close));
      }
      return hints.isEmpty() ? Optional.empty() : Optional.of("did you mean " + String.join(", ", hints) + "?");
    } catch (RuntimeException ignored) {
      return Optional.empty(); // a hint is a courtesy: never replace the real error with another
    }
  }

  /**
   * The known names nearest to {@code name} (case-insensitive Levenshtein distance), at most
   * {@value #MAX_SUGGESTIONS}, within 1 edit for names of up to 3 characters, 2 up to 5, else 3 (a
   * swapped pair of letters, as in EARHT, is 2 edits).
   *
   * @param name the unresolved name as typed
   * @param known normalized known names
   * @return the nearest names, in the order of {@code known}; empty when none is close enough
   */
  static List<String> closest(String name, Collection<String> known) {
    String typed = BodyNames.normalize(name);
    int limit = typed.length() <= 3 ? 1 : typed.length() <= 5 ? 2 : 3;
    LevenshteinDistance distance = new LevenshteinDistance(limit);
    int best = Integer.MAX_VALUE;
    List<String> out = new ArrayList<>();
    for (String candidate : known) {
      int d = distance.apply(typed, candidate);
      if (d < 0) continue; // beyond the limit
      if (d < best) {
        best = d;
        out.clear();
      }
      if (d == best && out.size() < MAX_SUGGESTIONS) out.add(candidate);
    }
    return out;
  }
}
