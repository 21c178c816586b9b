// Thirty statements that do not compile (names of a missing library)
// come before the generation loop.
#include "llama.h"

void setup() {
  undeclared_call_0(unknown_value_0);
  undeclared_call_1(unknown_value_1);
  undeclared_call_2(unknown_value_2);
  undeclared_call_3(unknown_value_3);
  undeclared_call_4(unknown_value_4);
  undeclared_call_5(unknown_value_5);
  undeclared_call_6(unknown_value_6);
  undeclared_call_7(unknown_value_7);
  undeclared_call_8(unknown_value_8);
  undeclared_call_9(unknown_value_9);
  undeclared_call_10(unknown_value_10);
  undeclared_call_11(unknown_value_11);
  undeclared_call_12(unknown_value_12);
  undeclared_call_13(unknown_value_13);
  undeclared_call_14(unknown_value_14);
  undeclared_call_15(unknown_value_15);
  undeclared_call_16(unknown_value_16);
  undeclared_call_17(unknown_value_17);
  undeclared_call_18(unknown_value_18);
  undeclared_call_19(unknown_value_19);
  undeclared_call_20(unknown_value_20);
  undeclared_call_21(unknown_value_21);
  undeclared_call_22(unknown_value_22);
  undeclared_call_23(unknown_value_23);
  undeclared_call_24(unknown_value_24);
  undeclared_call_25(unknown_value_25);
  undeclared_call_26(unknown_value_26);
  undeclared_call_27(unknown_value_27);
  undeclared_call_28(unknown_value_28);
  undeclared_call_29(unknown_value_29);
}

void reply(llama_context *ctx, llama_sampler *smpl, llama_token tok) {
  for (int i = 0; i < 64; ++i) {
    llama_decode(ctx, llama_batch_get_one(&tok, 1));
    tok = llama_sampler_sample(smpl, ctx, -1);
  }
}
