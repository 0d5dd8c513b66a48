package io.github.spice4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.spice4j.backend.SpiceBackend;
import io.github.spice4j.jni.JniBackend;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Proxy;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Calls every public method of the facade ({@link Spice} and the views it hands out) and of the backend
 * contract ({@link SpiceBackend}) with hostile arguments, one parameter at a time: null, empty, blank and
 * 10k-character strings, paths longer than CSPICE's file names, NaN and ±Infinity (also inside vectors
 * and other records), negative and huge sizes. Only clean exceptions may come out (SpiceException that is
 * not a trap, IllegalArgumentException, NullPointerException, IllegalStateException,
 * IndexOutOfBoundsException, each with a message), a call given a non-finite number must not quietly
 * return, and afterwards the engine must still answer a reference spkezr bit-exactly as a fresh engine does.
 */
class HostileArgumentsTest {
  private static final List<String> KERNELS = TestData.BASIC_KERNELS;
  private static final double ET = 757339269.1839061;
  /** Every other parameter takes a value from these vocabularies, searched for a call that succeeds. */
  private static final List<String> WORDS = List.of("MOON", "EARTH", "J2000", "NONE", "IAU_EARTH", "ELLIPSOID",
      "SUN", "ALL", "POINT", "ISOC", ">", "TDB", "NEAR POINT/ELLIPSOID", "fuzz/out.bin");
  private static final List<Double> NUMBERS = List.of(ET, 1.0, 0.0, 0.5, 6378.0, 1e5);
  private static final List<Integer> INTS = List.of(1, 399, 0, 10, 3, 301);
  /** Methods whose purpose is to end or replace the engine (checked elsewhere), never fuzzed. */
  private static final Set<String> SKIPPED = Set.of("close", "forceTrap", "backend", "hashCode", "equals",
      "toString", "getClass", "notify", "notifyAll", "wait");
  /**
   * Vector algebra (the backend's and the facade's pure-Java copy), where IEEE arithmetic on an infinite input gives the right
   * (infinite) answer, and double cells, which hold any number but NaN: a non-finite input may return.
   * Everything that reaches a CSPICE algorithm must refuse it.
   */
  private static final Set<String> IEEE_EXACT = Set.of("vadd", "vsub", "vminus", "vscl", "vdot", "vcrss", "vnorm",
      "mxv", "mtxv", "mxm", "rotmat", "add", "subtract", "negate", "scale", "dot", "cross", "norm", "multiply",
      "multiplyTransposed", "rotateFrame", "insrtd");

  private static JniBackend backend;
  private static JniBackend other;
  private static Spice spice;
  private static StateVector reference;
  /** Files the calls may create or open for writing live here, never in the working or kernels directory. */
  private static Path scratch;
  private static Path spkCopy;
  private static final List<String> violations = new ArrayList<>();
  private static final Map<String, Integer> callsByTarget = new TreeMap<>();
  private static int hostileCalls;

  @BeforeAll
  static void setUp() {
    try (JniBackend fresh = TestData.basicBackend()) {
      reference = fresh.ephemeris().spkezr("301", ET, "J2000", "LT+S", "399");
    }
    try {
      scratch = Files.createTempDirectory("spice4j-hostile-");
      spkCopy = Files.copy(TestData.kernel("spk/de440s_2023_2026_excerpt.bsp"), scratch.resolve("copy.bsp"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    backend = JniBackend.create();
    other = JniBackend.create();
    spice = Spice.over(backend);
    TestData.loadKernels(backend, KERNELS);
  }

  @AfterAll
  static void tearDown() {
    backend.close();
    other.close();
    try (var files = Files.walk(scratch)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The reference names bodies by NAIF ID: the hostile calls may legitimately boddef names such as MOON. */
  @Test
  void everyPublicMethodRefusesHostileArgumentsCleanly() throws Exception {
    List<Object> targets = new ArrayList<>();
    for (Method m : SpiceBackend.class.getMethods()) {
      if (m.getParameterCount() == 0 && m.getReturnType().getPackageName().equals("io.github.spice4j.backend")) {
        targets.add(m.invoke(backend)); // every domain of the contract
      }
    }
    targets.add(spice);
    for (Method m : Spice.class.getMethods()) {
      if (m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers()) && !SKIPPED.contains(m.getName())
          && m.getReturnType().getPackageName().equals("io.github.spice4j") && !m.getReturnType().isPrimitive()
          && m.getReturnType() != String.class && !m.getReturnType().isRecord()) {
        targets.add(m.invoke(spice));
      }
    }
    for (Object target : targets) {
      Class<?> api = contractOf(target);
      for (Method m : api.getMethods()) {
        if (Modifier.isStatic(m.getModifiers()) || SKIPPED.contains(m.getName()) || m.getDeclaringClass() == Object.class) {
          continue;
        }
        long t0 = System.nanoTime();
        fuzz(target, m);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        if (ms > 500) System.out.println("slow: " + m + " " + ms + " ms");
        try {
          backend.time().tkvrsn();
        } catch (IllegalStateException e) {
          throw new AssertionError("closed by " + m, e);
        }
        callsByTarget.merge(api.getPackageName().endsWith(".backend") ? "SpiceBackend" : api.getSimpleName(), 1, Integer::sum);
        restoreKernels();
      }
    }
    System.out.println(hostileCalls + " hostile calls; methods per target: " + callsByTarget);
    assertTrue(callsByTarget.getOrDefault("SpiceBackend", 0) > 150, "backend methods seen: " + callsByTarget);
    assertTrue(violations.isEmpty(), () -> violations.size() + " unclean outcomes:\n" + String.join("\n", violations));
    StateVector after = backend.ephemeris().spkezr("301", ET, "J2000", "LT+S", "399");
    assertArrayEquals(reference.toArray(), after.toArray(), 0.0, "spkezr after the hostile calls");
    assertTrue(reference.lightTime() == after.lightTime(), "light time after the hostile calls");
  }

  /** The contract interface a domain object implements (its class is internal), else the facade's class. */
  private static Class<?> contractOf(Object target) {
    for (Class<?> c : target.getClass().getInterfaces()) {
      if (c.getPackageName().equals("io.github.spice4j.backend")) return c;
    }
    return target.getClass();
  }

  /** Finds benign arguments (a call that succeeds, when one exists), then swaps in each hostile value. */
  private static void fuzz(Object target, Method m) {
    Type[] types = m.getGenericParameterTypes();
    Random random = new Random(m.toGenericString().hashCode());
    Object[] benign = benignArguments(target, m, types, random);
    for (int i = 0; i < types.length; i++) {
      for (Object bad : hostile(types[i])) {
        Object[] args = benign.clone();
        args[i] = bad;
        invoke(target, m, confine(m, args), nonFinite(bad) && !batchArray(m, i));
      }
    }
  }

  /**
   * An array of a backend batch call ({@code ..., double[] ets, int offset, int count, ...}): an output when
   * it follows the offset/count pair (its contents are overwritten, never read), and an input read only in
   * [offset, offset + count); BatchTest checks that non-finite epochs in that range are refused.
   */
  private static boolean batchArray(Method m, int index) {
    Class<?>[] p = m.getParameterTypes();
    if (m.getReturnType() != void.class || !p[index].isArray()) return false;
    for (int k = 0; k + 1 < p.length; k++) {
      if (p[k] == int.class && p[k + 1] == int.class && k > 0 && p[k - 1].isArray()) return true;
    }
    return false;
  }

  /** dlaopn creates the file its first argument names: a short relative name goes to the scratch directory. */
  private static Object[] confine(Method m, Object[] args) {
    if (m.getName().equals("dlaopn") && args[0] instanceof String f && !f.isBlank() && f.strip().length() < 100
        && !f.startsWith("/")) {
      Object[] out = args.clone();
      out[0] = scratch.resolve(f.strip().replace('/', '_')).toString();
      return out;
    }
    return args;
  }

  private static Object[] benignArguments(Object target, Method m, Type[] types, Random random) {
    Object[] first = null;
    for (int attempt = 0; attempt < 40; attempt++) {
      Object[] args = new Object[types.length];
      for (int i = 0; i < types.length; i++) args[i] = benign(types[i], random, attempt == 0);
      if (first == null) first = args;
      if (types.length == 0 || call(target, m, confine(m, args)) == null) return args;
      restoreKernels();
    }
    return first;
  }

  /** Invokes and returns the exception thrown (null when the call returned), closing what it returned. */
  private static Throwable call(Object target, Method m, Object[] args) {
    try {
      Object result = m.invoke(target, args);
      closeQuietly(result);
      return null;
    } catch (InvocationTargetException e) {
      return e.getCause();
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
  }

  private static void invoke(Object target, Method m, Object[] args, boolean nonFiniteInput) {
    hostileCalls++;
    Object result;
    try {
      result = m.invoke(target, args);
    } catch (InvocationTargetException e) {
      Throwable t = e.getCause();
      boolean clean = (t instanceof SpiceException && !(t instanceof SpiceEngineTrapException))
          || t instanceof IllegalArgumentException || t instanceof NullPointerException
          || t instanceof IllegalStateException || t instanceof IndexOutOfBoundsException;
      if (!clean || t.getMessage() == null || t.getMessage().isBlank()) {
        violations.add(describe(m, args) + " threw " + t);
      }
      return;
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
    if (nonFiniteInput && !IEEE_EXACT.contains(m.getName())) {
      violations.add(describe(m, args) + " returned " + show(result) + " for a non-finite input");
    }
    closeQuietly(result);
  }

  private static String describe(Method m, Object[] args) {
    StringBuilder b = new StringBuilder(m.getDeclaringClass().getSimpleName()).append('.').append(m.getName()).append('(');
    for (int i = 0; i < args.length; i++) b.append(i == 0 ? "" : ", ").append(show(args[i]));
    return b.append(')').toString();
  }

  private static String show(Object o) {
    String s = o instanceof double[] d ? Arrays.toString(d) : o instanceof int[] n ? Arrays.toString(n) : String.valueOf(o);
    return s.length() > 60 ? s.substring(0, 40) + "...(" + s.length() + " chars)" : s;
  }

  /** A freshly loaded engine when a call changed the kernel list (kclear, unload, furnsh). */
  private static void restoreKernels() {
    if (backend.kernels().ktotal("ALL") != KERNELS.size()
        || !backend.kernels().kdata(2, "ALL").map(k -> k.file().endsWith("excerpt.bsp")).orElse(false)) {
      TestData.loadKernels(backend, KERNELS);
    }
  }

  private static void closeQuietly(Object o) {
    if (o instanceof Optional<?> opt) o = opt.orElse(null);
    if (o instanceof AutoCloseable c && !(o instanceof Spice) && !(o instanceof SpiceBackend)) {
      try {
        c.close();
      } catch (Exception ignored) {
        // A writer with nothing written may refuse to close; its engine stays usable.
      }
    }
  }

  private static boolean nonFinite(Object v) {
    if (v instanceof Double d) return !Double.isFinite(d);
    if (v instanceof double[] a) return Arrays.stream(a).anyMatch(x -> !Double.isFinite(x));
    if (v instanceof Collection<?> c) return c.stream().anyMatch(HostileArgumentsTest::nonFinite);
    if (v != null && v.getClass().isRecord()) {
      for (RecordComponent rc : v.getClass().getRecordComponents()) {
        try {
          if (nonFinite(rc.getAccessor().invoke(v))) return true;
        } catch (ReflectiveOperationException e) {
          throw new AssertionError(e);
        }
      }
    }
    return false;
  }

  // --- values -----------------------------------------------------------------------------------------

  private static Object benign(Type type, Random r, boolean firstChoice) {
    Class<?> c = raw(type);
    if (c == String.class) return firstChoice ? WORDS.get(0) : WORDS.get(r.nextInt(WORDS.size()));
    if (c == double.class) return firstChoice ? NUMBERS.get(0) : NUMBERS.get(r.nextInt(NUMBERS.size()));
    if (c == int.class) return firstChoice ? INTS.get(0) : INTS.get(r.nextInt(INTS.size()));
    if (c == boolean.class) return r.nextBoolean();
    if (c == double[].class) return new double[] {ET, 1.0, 0.0};
    if (c == int[].class) return new int[] {1, 2, 3};
    if (c == boolean[].class) return new boolean[] {false};
    if (c == String[].class) return new String[] {"MOON"};
    if (c == Path.class) return spkCopy;
    if (c == Path[].class) return new Path[] {spkCopy};
    if (c == OutputTarget.class) return OutputTarget.virtual("fuzz/out.bin");
    if (c.isEnum()) return c.getEnumConstants()[r.nextInt(c.getEnumConstants().length)];
    if (c == List.class || c == Iterable.class || c == Collection.class) {
      Class<?> element = raw(((ParameterizedType) type).getActualTypeArguments()[0]);
      if (element == TimeInterval.class) return List.of(new TimeInterval(ET, ET + 3600));
      return List.of((String) benign(String.class, r, firstChoice));
    }
    if (c.isRecord()) return record(c, r, firstChoice, -1, null);
    if (c == FileHandle.class) return backend.fileIo().dafopr(TestData.kernel("spk/de440s_2023_2026_excerpt.bsp").toString());
    if (c == EkHandle.class) return backend.ek().ekopr(TestData.kernel("ek/ek-fixture.bes").toString());
    if (SpiceCell.class.isAssignableFrom(c) || c == NativeHandle.class) return cell(c, backend);
    if (c.isInterface()) return listener(c);
    return null;
  }

  private static List<Object> hostile(Type type) {
    Class<?> c = raw(type);
    List<Object> out = new ArrayList<>();
    if (!c.isPrimitive()) out.add(null);
    if (c == String.class) {
      out.addAll(List.of("", " ", "X".repeat(10_000), "/tmp/" + "d/".repeat(150) + "k.bsp", "a".repeat(300),
          "b".repeat(400), "MOON" + " ".repeat(10_000)));
    } else if (c == double.class) {
      out.addAll(List.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MAX_VALUE,
          -Double.MAX_VALUE));
    } else if (c == int.class) {
      out.addAll(List.of(-1, 0, Integer.MIN_VALUE, Integer.MAX_VALUE, 1 << 30));
    } else if (c == double[].class) {
      out.addAll(List.of(new double[0], new double[] {Double.NaN, 1, 2}, new double[] {Double.POSITIVE_INFINITY, 0, 0},
          new double[] {ET}));
    } else if (c == int[].class) {
      out.addAll(List.of(new int[0], new int[] {-1, -1, -1}, new int[] {Integer.MAX_VALUE}));
    } else if (c == boolean[].class) {
      out.add(new boolean[0]);
    } else if (c == String[].class) {
      out.addAll(List.of(new String[0], new String[] {null}, new String[] {"X".repeat(10_000)}));
    } else if (c == Path[].class) {
      out.addAll(List.of(new Path[0], new Path[] {null}, new Path[] {Path.of("no-such-kernel.tls")}));
    } else if (c == Path.class) {
      out.addAll(List.of(Path.of("/no/such/" + "d/".repeat(200) + "k.bsp"), Path.of("no-such-kernel.tls")));
    } else if (c == List.class || c == Iterable.class || c == Collection.class) {
      Class<?> element = raw(((ParameterizedType) type).getActualTypeArguments()[0]);
      if (element == TimeInterval.class) {
        out.addAll(List.of(List.of(), List.of(new TimeInterval(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY)),
            List.of(new TimeInterval(ET, Double.POSITIVE_INFINITY)), Arrays.asList((TimeInterval) null)));
      } else {
        out.addAll(List.of(List.of(), Arrays.asList((String) null), List.of("X".repeat(10_000)), List.of("")));
      }
    } else if (c.isRecord()) {
      RecordComponent[] rcs = c.getRecordComponents();
      for (int i = 0; i < rcs.length; i++) {
        for (Object v : hostile(rcs[i].getGenericType())) {
          Object rec = record(c, new Random(i), true, i, v);
          if (rec != null) out.add(rec);
        }
      }
    } else if (SpiceCell.class.isAssignableFrom(c) || c == NativeHandle.class) {
      Object closed = cell(c, backend);
      closeQuietly(closed);
      out.add(closed);
      out.add(cell(c, other));
    }
    return out;
  }

  /** A record from benign components, component {@code index} replaced by {@code value}; null if refused. */
  private static Object record(Class<?> c, Random r, boolean firstChoice, int index, Object value) {
    RecordComponent[] rcs = c.getRecordComponents();
    Object[] args = new Object[rcs.length];
    Class<?>[] types = new Class<?>[rcs.length];
    for (int i = 0; i < rcs.length; i++) {
      types[i] = rcs[i].getType();
      args[i] = i == index ? value : benign(rcs[i].getGenericType(), r, firstChoice);
    }
    try {
      return c.getDeclaredConstructor(types).newInstance(args);
    } catch (InvocationTargetException e) {
      return null; // the record's own validation refused the value: nothing to pass on
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  private static Object cell(Class<?> c, JniBackend b) {
    if (c == IntCell.class) return Spice.over(b).cells().intCell(10);
    if (c == DoubleCell.class) return Spice.over(b).cells().doubleCell(10);
    if (c == CharCell.class) return Spice.over(b).cells().charCell(10, 32);
    return Spice.over(b).cells().window(10);
  }

  private static Object listener(Class<?> c) {
    return Proxy.newProxyInstance(c.getClassLoader(), new Class<?>[] {c}, (proxy, method, args) -> {
      if (method.isDefault()) return java.lang.reflect.InvocationHandler.invokeDefault(proxy, method, args);
      Class<?> rt = method.getReturnType();
      if (rt == boolean.class) return false;
      if (rt == double.class) return 0.0;
      if (rt.isPrimitive() && rt != void.class) return 0;
      return method.getName().equals("toString") ? "listener" : null;
    });
  }

  private static Class<?> raw(Type t) {
    return t instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) t;
  }
}
