package io.github.spice4j;

import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

/**
 * One element read from an EK query's selection by {@code ekgc}, {@code ekgd} or {@code ekgi}: exactly one
 * of <em>not found</em> (the element index is past the end of the column entry), <em>null</em> (the entry
 * is an EK null value), or a value.
 *
 * <pre>{@code
 * EkValue<Double> begin = backend.ekgd(1, row, 0);
 * if (begin.isPresent()) use(begin.value());
 * else if (begin.isNull()) ...   // the row has no BEGIN_TIME
 * }</pre>
 *
 * @param found whether the element exists (CSPICE's {@code found}); false when {@code elment} is past the
 *     entry's last element
 * @param isNull whether the entry is null (CSPICE's {@code null}); only meaningful when {@code found}
 * @param value the value; null unless found and not null
 * @param <T> {@link String} for {@code ekgc}, {@link Double} for {@code ekgd} (TIME columns: TDB seconds
 *     past J2000), {@link Integer} for {@code ekgi}
 */
public record EkValue<T>(boolean found, boolean isNull, T value) {
  /** Checks that the three cases do not overlap. */
  public EkValue {
    if (!found && isNull) throw new IllegalArgumentException("an element that was not found cannot be null");
    if ((found && !isNull) != (value != null)) {
      throw new IllegalArgumentException("a value is present exactly when the element was found and is not null");
    }
  }

  /**
   * The element does not exist.
   *
   * @param <T> value type
   * @return the not-found result
   */
  public static <T> EkValue<T> notFound() {
    return new EkValue<>(false, false, null);
  }

  /**
   * The entry is an EK null value.
   *
   * @param <T> value type
   * @return the null result
   */
  public static <T> EkValue<T> nullEntry() {
    return new EkValue<>(true, true, null);
  }

  /**
   * A value.
   *
   * @param value the value
   * @param <T> value type
   * @return the result
   * @throws NullPointerException if value is null
   */
  public static <T> EkValue<T> of(T value) {
    return new EkValue<>(true, false, Objects.requireNonNull(value, "value"));
  }

  /**
   * Whether there is a value (found and not null).
   *
   * @return true when {@link #value()} is non-null
   */
  public boolean isPresent() {
    return value != null;
  }

  /**
   * The value as an Optional: empty when not found or null.
   *
   * @return the value, if any
   */
  public Optional<T> toOptional() {
    return Optional.ofNullable(value);
  }

  /**
   * The value, or an exception saying why there is none.
   *
   * @return the value
   * @throws NoSuchElementException if the element was not found or the entry is null
   */
  public T orElseThrow() {
    if (value == null) throw new NoSuchElementException(found ? "the EK entry is null" : "no such EK element");
    return value;
  }
}
