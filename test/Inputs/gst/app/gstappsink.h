// Mock of GStreamer's public API (gst/app/gstappsink.h) for aiact-check tests; declarations only.
#ifndef AIACT_MOCK_GST_APPSINK_H
#define AIACT_MOCK_GST_APPSINK_H

#include "gst/gst.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct _GstAppSink GstAppSink;

// The real cast checks the instance type.
#define GST_APP_SINK(obj) ((GstAppSink *)(obj))

// The next frame the pipeline delivered to the sink (blocking).
GstSample *gst_app_sink_pull_sample(GstAppSink *appsink);
GstSample *gst_app_sink_try_pull_sample(GstAppSink *appsink,
                                        GstClockTime timeout);
gboolean gst_app_sink_is_eos(GstAppSink *appsink);
void gst_app_sink_set_emit_signals(GstAppSink *appsink, gboolean emit);
void gst_app_sink_set_max_buffers(GstAppSink *appsink, guint max);
void gst_app_sink_set_drop(GstAppSink *appsink, gboolean drop);

#ifdef __cplusplus
}
#endif

#endif // AIACT_MOCK_GST_APPSINK_H
