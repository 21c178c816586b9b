// Mock of GStreamer's public API (gst/gst.h) for aiact-check tests; declarations only.
#ifndef AIACT_MOCK_GST_H
#define AIACT_MOCK_GST_H

#include "glib.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct _GstElement GstElement;
typedef struct _GstBin GstBin;
typedef struct _GstPipeline GstPipeline;
typedef struct _GstBus GstBus;
typedef struct _GstMessage GstMessage;
typedef struct _GstSample GstSample;
typedef struct _GstBuffer GstBuffer;
typedef struct _GstCaps GstCaps;
typedef struct _GstMemory GstMemory;
typedef guint64 GstClockTime;

#define GST_CLOCK_TIME_NONE ((GstClockTime)-1)
#define GST_SECOND ((GstClockTime)1000000000)

// The real casts check the instance type.
#define GST_BIN(obj) ((GstBin *)(obj))
#define GST_ELEMENT(obj) ((GstElement *)(obj))
#define GST_PIPELINE(obj) ((GstPipeline *)(obj))

typedef enum {
  GST_STATE_VOID_PENDING = 0,
  GST_STATE_NULL = 1,
  GST_STATE_READY = 2,
  GST_STATE_PAUSED = 3,
  GST_STATE_PLAYING = 4,
} GstState;

typedef enum {
  GST_STATE_CHANGE_FAILURE = 0,
  GST_STATE_CHANGE_SUCCESS = 1,
  GST_STATE_CHANGE_ASYNC = 2,
  GST_STATE_CHANGE_NO_PREROLL = 3,
} GstStateChangeReturn;

typedef enum {
  GST_MAP_READ = 1 << 0,
  GST_MAP_WRITE = 1 << 1,
} GstMapFlags;

typedef struct {
  GstMemory *memory;
  GstMapFlags flags;
  guint8 *data;
  gsize size;
  gsize maxsize;
} GstMapInfo;

void gst_init(int *argc, char **argv[]);
gboolean gst_init_check(int *argc, char **argv[], GError **error);

// Builds a pipeline from its textual description ("v4l2src ! ... ! appsink").
GstElement *gst_parse_launch(const gchar *pipeline_description,
                             GError **error);
GstElement *gst_element_factory_make(const gchar *factoryname,
                                     const gchar *name);
GstElement *gst_pipeline_new(const gchar *name);
gboolean gst_bin_add(GstBin *bin, GstElement *element);
void gst_bin_add_many(GstBin *bin, GstElement *element_1, ...);
gboolean gst_element_link_many(GstElement *element_1, GstElement *element_2,
                               ...);
GstElement *gst_bin_get_by_name(GstBin *bin, const gchar *name);
GstStateChangeReturn gst_element_set_state(GstElement *element,
                                           GstState state);
GstBus *gst_element_get_bus(GstElement *element);
void gst_object_unref(gpointer object);

GstBuffer *gst_sample_get_buffer(GstSample *sample);
GstCaps *gst_sample_get_caps(GstSample *sample);
void gst_sample_unref(GstSample *sample);
gboolean gst_buffer_map(GstBuffer *buffer, GstMapInfo *info,
                        GstMapFlags flags);
void gst_buffer_unmap(GstBuffer *buffer, GstMapInfo *info);

#ifdef __cplusplus
}
#endif

#endif // AIACT_MOCK_GST_H
