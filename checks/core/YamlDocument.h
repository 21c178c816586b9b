//===- YamlDocument.h - Reading one YAML document safely -------------------===//
//
// Part of aiact-check, under the Apache License v2.0.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// What the configuration and catalog loaders share on top of yaml-cpp:
/// the text checks YAML requires, a document loader that avoids the ways
/// yaml-cpp 0.7 can hang, and messages in this project's style. Internal to
/// the aiact_yaml library.
///
//===----------------------------------------------------------------------===//
#ifndef AIACT_CORE_YAMLDOCUMENT_H
#define AIACT_CORE_YAMLDOCUMENT_H

#include "core/Config.h"

#include <yaml-cpp/yaml.h>

#include <cstddef>
#include <string>

namespace aiact {

/// The offset of the first byte of \p Data that breaks strict UTF-8 (no
/// overlong forms, surrogates or values past U+10FFFF) or is NUL, among the
/// sequences that start in the first \p Limit bytes; npos when there is none.
size_t findNonText(const std::string &Data, size_t Limit);

/// A yaml-cpp message in this project's style: lowercase, no trailing period.
std::string yamlMessage(std::string Msg);

/// An error at yaml-cpp's position \p M (1-based in the result) of \p Path.
ConfigError errorAt(const std::string &Path, const YAML::Mark &M,
                    std::string Msg);

/// Parses \p Text as at most one YAML document into \p Out (a null node for
/// an empty text). Text that is not UTF-8, several documents, or a token the
/// parser cannot place are errors set in \p Err with their position;
/// otherwise malformed YAML throws YAML::Exception, as yaml-cpp does.
bool loadOneDocument(const std::string &Text, const std::string &Path,
                     YAML::Node &Out, ConfigError &Err);

} // namespace aiact

#endif
