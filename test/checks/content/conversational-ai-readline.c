// RUN: %aiact --checks='-*,aiact-conversational-ai' %s -- -I%inputs 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'
// RUN: %clang -fsyntax-only -fplugin=%plugin -fplugin-arg-aiact-checks='-*,aiact-conversational-ai' -I%inputs %s 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'
// RUN: %tidy -load %tidymod -checks='-*,aiact-conversational-ai' %s -- -I%inputs 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'
// RUN: %aiact --checks='-*,aiact-undisclosed-ai-interaction' %s -- -I%inputs 2>&1 | FileCheck %s --check-prefix=UNDISCLOSED --implicit-check-not='{{warning|error}}:'

/* aiact-conversational-ai in C with line editors: GNU readline and
   linenoise read what a person types, and the loop answers with text it
   generates. A readline calculator that generates nothing, and prompts
   read from a file, are not conversations. */

#include "linenoise.h"
#include "llama.h"
#include "readline/history.h"
#include "readline/readline.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void answer(struct llama_context *ctx, struct llama_sampler *smpl,
                   const struct llama_vocab *vocab, const char *text) {
  llama_token toks[512];
  int n = llama_tokenize(vocab, text, (int)strlen(text), toks, 512, 1, 1);
  struct llama_batch b = llama_batch_get_one(toks, n);
  for (int i = 0; i < 128; ++i) {
    if (llama_decode(ctx, b))
      break;
    llama_token id = llama_sampler_sample(smpl, ctx, -1);
    char piece[64];
    int len = llama_token_to_piece(vocab, id, piece, sizeof piece, 0, 1);
    fwrite(piece, 1, (size_t)len, stdout);
    b = llama_batch_get_one(&id, 1);
  }
}

// CHECK: {{.*}}conversational-ai-readline.c:[[@LINE+8]]:3: warning: loop converses with a person: it reads user input and answers with generated content; if placed on the market or put into service, Art. 50(1) would require telling people that they are interacting with an AI and the open-source exemption of Art. 2(12) would not apply [aiact-conversational-ai]
// CHECK: {{.*}}conversational-ai-readline.c:[[@LINE+7]]:18: note: user input is read here (readline)
// CHECK: {{.*}}conversational-ai-readline.c:[[@LINE+8]]:5: note: the answer is generated here (answer)
// UNDISCLOSED: {{.*}}conversational-ai-readline.c:[[@LINE+5]]:3: warning: no evidence that users are told they are interacting with an AI before the first reply; Art. 50(1) would require it once the component is placed on the market or put into service [aiact-undisclosed-ai-interaction]
// UNDISCLOSED: {{.*}}conversational-ai-readline.c:[[@LINE+6]]:5: note: the first reply is generated here (answer)
void shell(struct llama_context *ctx, struct llama_sampler *smpl,
           const struct llama_vocab *vocab) {
  char *line;
  while ((line = readline("you> ")) != NULL) {
    add_history(line);
    answer(ctx, smpl, vocab, line);
    free(line);
  }
}

// CHECK: {{.*}}conversational-ai-readline.c:[[@LINE+6]]:3: warning: loop converses with a person: it reads user input and answers with generated content; if placed on the market or put into service, Art. 50(1) would require telling people that they are interacting with an AI and the open-source exemption of Art. 2(12) would not apply [aiact-conversational-ai]
// CHECK: {{.*}}conversational-ai-readline.c:[[@LINE+6]]:15: note: user input is read here (linenoise)
// CHECK: {{.*}}conversational-ai-readline.c:[[@LINE+9]]:5: note: the answer is generated here (answer)
void repl(struct llama_context *ctx, struct llama_sampler *smpl,
          const struct llama_vocab *vocab) {
  puts("You are talking to an AI model.");
  for (;;) {
    char *q = linenoise(">>> ");
    if (!q)
      break;
    linenoiseHistoryAdd(q);
    answer(ctx, smpl, vocab, q);
    linenoiseFree(q);
  }
}

/* Negatives. */

void calculator(void) {
  char *line;
  while ((line = readline("calc> ")) != NULL) {
    printf("%g\n", atof(line) * 2);
    free(line);
  }
}

void batch(FILE *prompts, struct llama_context *ctx,
           struct llama_sampler *smpl, const struct llama_vocab *vocab) {
  char buf[1024];
  while (fgets(buf, sizeof buf, prompts))
    answer(ctx, smpl, vocab, buf);
}
