package io.github.spice4j.robust;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Seeded mutations of real kernels. Binary (DAF/DAS) kernels get most of their edits where CSPICE
 * follows pointers and sizes: the file record, the first summary or directory record, and the words
 * around record boundaries; text kernels get edits of their tokens (numbers, quotes, assignments).
 */
final class KernelMutator {
  private static final int RECORD = 1024;
  private static final int[] INTERESTING_INTS = {0, -1, 1, 2, 3, 62, 124, 125, 126, 250, 251, 255, 256, 1024, 65535,
      65536, 1 << 20, Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MAX_VALUE - 1};
  private static final double[] INTERESTING_DOUBLES = {0, -1, 1, 2, 62, 71, 0.5, 1e30, -1e30, Double.NaN,
      Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE, 4.5e15};
  private static final String[] TEXT_TOKENS = {"1e30", "-1e308", "NaN", "'", "(", ")", "+=", "=", "\\begindata",
      "\\begintext", "@2024-JAN-01", "KERNELS_TO_LOAD", "PATH_SYMBOLS", "PATH_VALUES", "'/dev/zero'", "'..'", "+",
      "BODY399_RADII", "NAIF_BODY_CODE", "99999999999999999999", "\u00ff", "\0", "\t", "\n", "'$X'", ",", "' '"};

  private final SplittableRandom random;

  KernelMutator(long seed) {
    random = new SplittableRandom(seed);
  }

  /** 1 to 4 mutations of a copy of seed. */
  byte[] mutate(byte[] seed) {
    byte[] b = seed.clone();
    int n = 1 + random.nextInt(4);
    boolean binary = isBinary(seed);
    for (int i = 0; i < n; i++) b = binary ? binaryEdit(b) : textEdit(b);
    return b;
  }

  static boolean isBinary(byte[] b) {
    String id = new String(b, 0, Math.min(8, b.length), StandardCharsets.US_ASCII);
    return id.startsWith("DAF/") || id.startsWith("DAS/") || id.startsWith("NAIF/DA");
  }

  /** An offset biased to the places CSPICE interprets: the file record, the first summary/directory records. */
  private int offset(byte[] b, int width) {
    int limit = Math.max(1, b.length - width);
    return switch (random.nextInt(4)) {
      case 0 -> Math.min(limit - 1, random.nextInt(Math.min(limit, 96)));
      case 1 -> Math.min(limit - 1, headerRecordOffset(b) + random.nextInt(64));
      case 2 -> Math.min(limit - 1, random.nextInt(Math.max(1, limit / RECORD)) * RECORD + random.nextInt(64));
      default -> random.nextInt(limit);
    };
  }

  /** Where the first summary (DAF, FWARD) or directory (DAS) record starts, if the file record says so. */
  private static int headerRecordOffset(byte[] b) {
    if (b.length < RECORD) return 0;
    ByteBuffer bb = ByteBuffer.wrap(b).order(new String(b, 88, 8, StandardCharsets.US_ASCII).equals("BIG-IEEE")
        || new String(b, 84, 8, StandardCharsets.US_ASCII).equals("BIG-IEEE") ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
    long rec = b[2] == 'F' || b[5] == 'F' ? bb.getInt(76) : 2L + bb.getInt(68) + bb.getInt(76);
    long off = (rec - 1) * RECORD;
    return off >= 0 && off < b.length ? (int) off : 0;
  }

  private byte[] binaryEdit(byte[] b) {
    if (b.length < 16) return b;
    ByteBuffer bb = ByteBuffer.wrap(b).order(random.nextBoolean() ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
    switch (random.nextInt(7)) {
      case 0 -> b[offset(b, 1)] ^= (byte) (1 << random.nextInt(8));
      case 1 -> bb.putInt(offset(b, 4) & ~3, INTERESTING_INTS[random.nextInt(INTERESTING_INTS.length)]);
      case 2 -> bb.putDouble(offset(b, 8) & ~7, INTERESTING_DOUBLES[random.nextInt(INTERESTING_DOUBLES.length)]);
      case 3 -> bb.putInt(offset(b, 4) & ~3, random.nextInt());
      case 4 -> bb.putDouble(offset(b, 8) & ~7, random.nextInt(b.length / RECORD + 3));
      case 5 -> {
        return Arrays.copyOf(b, Math.max(1, random.nextInt(b.length)));
      }
      default -> {
        int from = random.nextInt(Math.max(1, b.length / RECORD)) * RECORD;
        int to = random.nextInt(Math.max(1, b.length / RECORD)) * RECORD;
        int len = Math.min(RECORD, Math.min(b.length - from, b.length - to));
        if (len > 0) System.arraycopy(b.clone(), from, b, to, len);
      }
    }
    return b;
  }

  private byte[] textEdit(byte[] b) {
    String s = new String(b, StandardCharsets.ISO_8859_1);
    int at = s.isEmpty() ? 0 : random.nextInt(s.length());
    String out = switch (random.nextInt(5)) {
      case 0 -> s.substring(0, at) + TEXT_TOKENS[random.nextInt(TEXT_TOKENS.length)] + s.substring(at);
      case 1 -> s.substring(0, at) + s.substring(Math.min(s.length(), at + 1 + random.nextInt(40)));
      case 2 -> {
        int len = Math.min(s.length() - at, 1 + random.nextInt(200));
        yield s.substring(0, at) + s.substring(at, at + len) + s.substring(at);
      }
      case 3 -> replaceNumber(s, at);
      default -> {
        char[] c = s.toCharArray();
        if (c.length > 0) c[at] = (char) random.nextInt(256);
        yield new String(c);
      }
    };
    return out.getBytes(StandardCharsets.ISO_8859_1);
  }

  /** Replaces the first number at or after at with an extreme one. */
  private String replaceNumber(String s, int at) {
    for (int i = at; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        int j = i;
        while (j < s.length() && (Character.isDigit(s.charAt(j)) || s.charAt(j) == '.')) j++;
        String[] big = {"1e300", "-0", "4294967296", "2147483648", "1D999", "0.0000000000000000001"};
        return s.substring(0, i) + big[random.nextInt(big.length)] + s.substring(j);
      }
    }
    return s;
  }
}
