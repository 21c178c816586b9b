// Mock of libfprint's public API (fprint.h) for aiact-check tests; declarations only.
#ifndef AIACT_MOCK_FPRINT_H
#define AIACT_MOCK_FPRINT_H

#include "glib.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct _FpContext FpContext;
typedef struct _FpDevice FpDevice;
typedef struct _FpPrint FpPrint;
typedef struct _FpImage FpImage;

typedef enum {
  FP_FINGER_UNKNOWN = 0,
  FP_FINGER_LEFT_THUMB,
  FP_FINGER_LEFT_INDEX,
  FP_FINGER_LEFT_MIDDLE,
  FP_FINGER_LEFT_RING,
  FP_FINGER_LEFT_LITTLE,
  FP_FINGER_RIGHT_THUMB,
  FP_FINGER_RIGHT_INDEX,
  FP_FINGER_RIGHT_MIDDLE,
  FP_FINGER_RIGHT_RING,
  FP_FINGER_RIGHT_LITTLE,
} FpFinger;

/* The reader's devices (fp-context.h). */
FpContext *fp_context_new(void);
void fp_context_enumerate(FpContext *context);
GPtrArray *fp_context_get_devices(FpContext *context);

/* Prints: an enrolled fingerprint template (fp-print.h). */
FpPrint *fp_print_new(FpDevice *device);
void fp_print_set_finger(FpPrint *print, FpFinger finger);
void fp_print_set_username(FpPrint *print, const gchar *username);
void fp_print_set_description(FpPrint *print, const gchar *description);
const gchar *fp_print_get_username(FpPrint *print);
FpFinger fp_print_get_finger(FpPrint *print);
gboolean fp_print_equal(FpPrint *self, FpPrint *other);
gboolean fp_print_serialize(FpPrint *print, guchar **data, gsize *length,
                            GError **error);
FpPrint *fp_print_deserialize(const guchar *data, gsize length,
                              GError **error);

/* Devices (fp-device.h). */
typedef void (*FpEnrollProgress)(FpDevice *device, gint completed_stages,
                                 FpPrint *print, gpointer user_data,
                                 GError *error);
typedef void (*FpMatchCb)(FpDevice *device, FpPrint *match, FpPrint *print,
                          gpointer user_data, GError *error);

const gchar *fp_device_get_driver(FpDevice *device);
const gchar *fp_device_get_name(FpDevice *device);
gboolean fp_device_is_open(FpDevice *device);
gint fp_device_get_nr_enroll_stages(FpDevice *device);
gboolean fp_device_supports_identify(FpDevice *device);
gboolean fp_device_has_storage(FpDevice *device);

void fp_device_enroll(FpDevice *device, FpPrint *template_print,
                      GCancellable *cancellable, FpEnrollProgress progress_cb,
                      gpointer progress_data, GDestroyNotify progress_destroy,
                      GAsyncReadyCallback callback, gpointer user_data);
void fp_device_verify(FpDevice *device, FpPrint *enrolled_print,
                      GCancellable *cancellable, FpMatchCb match_cb,
                      gpointer match_data, GDestroyNotify match_destroy,
                      GAsyncReadyCallback callback, gpointer user_data);
void fp_device_identify(FpDevice *device, GPtrArray *prints,
                        GCancellable *cancellable, FpMatchCb match_cb,
                        gpointer match_data, GDestroyNotify match_destroy,
                        GAsyncReadyCallback callback, gpointer user_data);
FpPrint *fp_device_enroll_finish(FpDevice *device, GAsyncResult *result,
                                 GError **error);
gboolean fp_device_verify_finish(FpDevice *device, GAsyncResult *result,
                                 gboolean *match, FpPrint **print,
                                 GError **error);
gboolean fp_device_identify_finish(FpDevice *device, GAsyncResult *result,
                                   FpPrint **match, FpPrint **print,
                                   GError **error);

gboolean fp_device_open_sync(FpDevice *device, GCancellable *cancellable,
                             GError **error);
gboolean fp_device_close_sync(FpDevice *device, GCancellable *cancellable,
                              GError **error);
FpPrint *fp_device_enroll_sync(FpDevice *device, FpPrint *template_print,
                               GCancellable *cancellable,
                               FpEnrollProgress progress_cb,
                               gpointer progress_data, GError **error);
gboolean fp_device_verify_sync(FpDevice *device, FpPrint *enrolled_print,
                               GCancellable *cancellable, FpMatchCb match_cb,
                               gpointer match_data, gboolean *match,
                               FpPrint **print, GError **error);
gboolean fp_device_identify_sync(FpDevice *device, GPtrArray *prints,
                                 GCancellable *cancellable, FpMatchCb match_cb,
                                 gpointer match_data, FpPrint **match,
                                 FpPrint **print, GError **error);
FpImage *fp_device_capture_sync(FpDevice *device, gboolean wait_for_finger,
                                GCancellable *cancellable, GError **error);
gboolean fp_device_delete_print_sync(FpDevice *device, FpPrint *enrolled_print,
                                     GCancellable *cancellable,
                                     GError **error);
GPtrArray *fp_device_list_prints_sync(FpDevice *device,
                                      GCancellable *cancellable,
                                      GError **error);

#ifdef __cplusplus
}
#endif

#endif // AIACT_MOCK_FPRINT_H
