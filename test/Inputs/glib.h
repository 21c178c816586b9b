// Mock of GLib's public API for aiact-check tests; declarations only.
#ifndef AIACT_MOCK_GLIB_H
#define AIACT_MOCK_GLIB_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef char gchar;
typedef unsigned char guchar;
typedef int gint;
typedef unsigned int guint;
typedef int gboolean;
typedef void *gpointer;
typedef const void *gconstpointer;
typedef size_t gsize;
typedef uint8_t guint8;
typedef uint64_t guint64;
typedef int64_t gint64;
typedef unsigned int GQuark;

#define TRUE 1
#define FALSE 0

typedef struct _GError {
  GQuark domain;
  gint code;
  gchar *message;
} GError;

typedef struct _GPtrArray {
  gpointer *pdata;
  guint len;
} GPtrArray;

#define g_ptr_array_index(array, index_) ((array)->pdata)[index_]

typedef struct _GMainLoop GMainLoop;
typedef struct _GMainContext GMainContext;
typedef void (*GDestroyNotify)(gpointer data);

void g_error_free(GError *error);
void g_clear_error(GError **err);
void g_free(gpointer mem);
GPtrArray *g_ptr_array_new(void);
GPtrArray *g_ptr_array_new_with_free_func(void (*element_free_func)(gpointer));
void g_ptr_array_add(GPtrArray *array, gpointer data);
void g_ptr_array_unref(GPtrArray *array);
GMainLoop *g_main_loop_new(GMainContext *context, gboolean is_running);
void g_main_loop_run(GMainLoop *loop);
void g_main_loop_quit(GMainLoop *loop);

// From glib-object.h (GObject) and gio/gio.h, which libraries built on
// GLib include from their own headers.
typedef struct _GObject GObject;
typedef struct _GCancellable GCancellable;
typedef struct _GAsyncResult GAsyncResult;
typedef void (*GAsyncReadyCallback)(GObject *source_object, GAsyncResult *res,
                                    gpointer data);

gpointer g_object_ref(gpointer object);
void g_object_unref(gpointer object);
void g_object_set(gpointer object, const gchar *first_property_name, ...);
void g_object_get(gpointer object, const gchar *first_property_name, ...);

#ifdef __cplusplus
}
#endif

#endif // AIACT_MOCK_GLIB_H
