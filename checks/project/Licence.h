//===- Licence.h - Recognising licences and non-free terms ----------------===//
//
// Part of aiact-check, under the Apache License v2.0.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// What an audit needs to know about a component's licence: which licence
/// its licence files and `SPDX-License-Identifier` lines name, whether that
/// licence is free and open-source, and which terms in them would take it
/// out of the Art. 2(12) exemption (non-commercial or research-only use,
/// no redistribution, user-count limits, the Commons Clause). Plain C++.
///
//===----------------------------------------------------------------------===//
#ifndef AIACT_PROJECT_LICENCE_H
#define AIACT_PROJECT_LICENCE_H

#include <string>
#include <vector>

namespace aiact {

/// A term of a licence text that is not free and open-source.
struct NonFreeTerm {
  std::string Kind; ///< e.g. "non-commercial use only"
  unsigned Line = 0; ///< 1-based line of the text it was found on
};

/// The SPDX identifier of a licence text, recognised from its wording (no
/// SPDX line needed), or empty. A GNU licence's own text does not say
/// whether later versions apply: it is given as "-only", and the caller
/// widens it to "-or-later" when a notice says so (saysAnyLaterVersion).
std::string identifyLicenceText(const std::string &Text);

/// Terms in \p Text that a free and open-source licence does not have.
std::vector<NonFreeTerm> findNonFreeTerms(const std::string &Text);

/// The expressions of the `SPDX-License-Identifier:` lines in \p Text.
std::vector<std::string> spdxIdentifiers(const std::string &Text);

/// True when \p Text says the program may be used under "any later version"
/// of the GNU licence it names (a notice, not the licence's own text).
bool saysAnyLaterVersion(const std::string &Text);

/// How an SPDX expression stands with respect to Art. 2(12).
enum class LicenceStatus {
  Free,    ///< free and open-source
  NonFree, ///< a licence known not to be free and open-source
  Unknown, ///< an identifier this tool does not know (LicenseRef-..., typos)
  Invalid, ///< not a well-formed expression
};

/// Evaluates an SPDX expression: `A OR B` is free when one side is, `A AND
/// B` when both are, `A WITH exception` as A; `+` as the base licence.
/// \p Why names the identifier that decided a result other than Free.
LicenceStatus evaluateSpdx(const std::string &Expr, std::string *Why = nullptr);

/// True when \p FileName (no folder) names a licence file: LICENSE,
/// LICENCE, COPYING, UNLICENSE, with any suffix (LICENSE.md, COPYING.LESSER,
/// LICENSE-MIT). Third-party notice files are not licence files.
bool isLicenceFileName(const std::string &FileName);

} // namespace aiact

#endif
