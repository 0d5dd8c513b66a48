package io.github.spice4j.jni;

import io.github.spice4j.backend.TimeApi;
import io.github.spice4j.TparseResult;
import io.github.spice4j.TpictrResult;

/** The time domain over the JNI time spoke. */
final class JniTime implements TimeApi {
  private final Engine engine;

  JniTime(Engine engine) {
    this.engine = engine;
  }

  @Override
  public String tkvrsn() {
    return engine.call("tkvrsn", NativeTime::tkvrsnToolkit);
  }

  @Override
  public double str2et(String time) {
    Args.text("str2et", "str", time);
    return engine.callDouble("str2et", h -> NativeTime.str2et(h, time));
  }

  @Override
  public String et2utc(double et, String format, int prec) {
    Args.finite("et", et);
    Args.text("et2utc", "format", format);
    return engine.call("et2utc", h -> NativeTime.et2utc(h, et, format, prec));
  }

  @Override
  public String timout(double et, String pictur) {
    Args.finite("et", et);
    Args.text("timout", "pictur", pictur);
    return engine.call("timout", h -> NativeTime.timout(h, et, pictur));
  }

  @Override
  public double deltet(double epoch, String eptype) {
    Args.finite("epoch", epoch);
    Args.text("deltet", "eptype", eptype);
    return engine.callDouble("deltet", h -> NativeTime.deltet(h, epoch, eptype));
  }

  @Override
  public double unitim(double epoch, String insys, String outsys) {
    Args.finite("epoch", epoch);
    Args.text("unitim", "insys", insys);
    Args.text("unitim", "outsys", outsys);
    return engine.callDouble("unitim", h -> NativeTime.unitim(h, epoch, insys, outsys));
  }

  @Override
  public TparseResult tparse(String string) {
    Args.text("tparse", "string", string);
    String[] errmsg = new String[1];
    double sp2000 = engine.callDouble("tparse", h -> NativeTime.tparse(h, string, errmsg));
    return errmsg[0] == null ? new TparseResult(sp2000, "") : new TparseResult(0, errmsg[0].strip());
  }

  @Override
  public TpictrResult tpictr(String sample) {
    Args.text("tpictr", "sample", sample);
    String[] errmsg = new String[1];
    String pictur = engine.call("tpictr", h -> NativeTime.tpictr(h, sample, errmsg));
    return pictur == null ? new TpictrResult("", false, errmsg[0].strip()) : new TpictrResult(pictur, true, "");
  }

  @Override
  public String timdefGet(String item) {
    Args.text("timdef", "item", item);
    return engine.call("timdef", h -> NativeTime.timdefGet(h, item));
  }

  @Override
  public void timdefSet(String item, String value) {
    Args.text("timdef", "item", item);
    Args.text("timdef", "value", value);
    engine.run("timdef", h -> NativeTime.timdefSet(h, item, value));
  }

  @Override
  public void str2et(String[] times, int offset, int count, double[] ets) {
    Args.notNull("times", times);
    Batch.range("times", times.length, offset, count);
    for (int i = offset; i < offset + count; i++) Args.text("str2et", "times[" + i + "]", times[i]);
    Batch.room("ets", ets, ets == null ? 0 : ets.length, count, 1);
    Batch.run(engine, "str2et", (h, failedAt) -> NativeTime.str2etBatch(h, times, offset, count, ets, failedAt));
  }

  @Override
  public void et2utc(double[] ets, int offset, int count, String format, int prec, String[] out) {
    checkEt2utc(ets, offset, count, format);
    Batch.room("out", out, out == null ? 0 : out.length, count, 1);
    Batch.run(engine, "et2utc", (h, failedAt) ->
        NativeTime.et2utcBatch(h, ets, offset, count, format, prec, out, failedAt));
  }

  @Override
  public void et2utc(double[] ets, int offset, int count, String format, int prec, byte[] out, int width) {
    checkEt2utc(ets, offset, count, format);
    if (width < 2) throw new IllegalArgumentException("width must be at least 2, got " + width);
    Batch.room("out", out, out == null ? 0 : out.length, count, width);
    Batch.run(engine, "et2utc", (h, failedAt) ->
        NativeTime.et2utcBatchBytes(h, ets, offset, count, format, prec, out, width, failedAt));
  }

  private static void checkEt2utc(double[] ets, int offset, int count, String format) {
    Args.notNull("ets", ets);
    Batch.range("ets", ets.length, offset, count);
    Batch.finite(ets, offset, count);
    Args.text("et2utc", "format", format);
  }
}
