//===- CatalogYaml.cpp - Reading catalog files and matching names ---------===//
//
// Part of aiact-check, under the Apache License v2.0.
//
//===----------------------------------------------------------------------===//
//
// Built with exceptions: yaml-cpp reports errors by throwing. Every exception
// is caught here and turned into a ConfigError.
//
//===----------------------------------------------------------------------===//

#include "core/Catalog.h"
#include "core/YamlDocument.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

namespace aiact {
namespace {

const char *const SignalNames[] = {
#define AIACT_SIGNAL(Id, Name) Name,
#include "core/Signals.def"
};

/// The name of mapping key \p K; false with \p Err set when it is not a
/// plain string.
bool keyName(const YAML::Node &K, const std::string &Path, std::string &Out,
             ConfigError &Err) {
  if (!K.IsScalar()) {
    Err = errorAt(Path, K.Mark(), "expected a key name");
    return false;
  }
  Out = K.Scalar();
  return true;
}

bool scalarString(const YAML::Node &N, const std::string &Path,
                  const std::string &Key, std::string &Out, ConfigError &Err) {
  if (!N.IsScalar()) {
    Err = errorAt(Path, N.Mark(), "'" + Key + "' expects a string");
    return false;
  }
  Out = N.Scalar();
  return true;
}

/// Walks the keys of mapping \p N in order: a key given twice, or one not
/// in \p Keys (with a did-you-mean), is an error "in \p Where"; every other
/// key goes to \p Visit(Key, KV), which returns false with \p Err set.
template <typename VisitFn>
bool forEachKey(const YAML::Node &N, const std::string &Path,
                const std::vector<std::string> &Keys, const char *Where,
                std::set<std::string> &Seen, ConfigError &Err, VisitFn Visit) {
  for (const auto &KV : N) {
    std::string Key;
    if (!keyName(KV.first, Path, Key, Err))
      return false;
    if (!Seen.insert(Key).second) {
      Err = errorAt(Path, KV.first.Mark(), "duplicate key '" + Key + "'");
      return false;
    }
    if (std::find(Keys.begin(), Keys.end(), Key) == Keys.end()) {
      std::string Msg = "unknown key '" + Key + "' in " + Where;
      std::string Guess = didYouMean(Key, Keys);
      if (!Guess.empty())
        Msg += "; did you mean '" + Guess + "'?";
      Err = errorAt(Path, KV.first.Mark(), Msg);
      return false;
    }
    if (!Visit(Key, KV))
      return false;
  }
  return true;
}

bool parseEntry(const YAML::Node &N, const std::string &Path,
                const std::string &Library, CatalogEntry &Out,
                ConfigError &Err) {
  static const std::vector<std::string> Keys = {
      "Name",         "Signal",       "InputArgs",
      "Writes",       "IdentityArgs", "IdentityFields",
      "CallbackArgs", "Medium",       "OutputArgs"};
  if (!N.IsMap()) {
    Err = errorAt(Path, N.Mark(),
                  "each entry of 'Functions' expects a mapping with Name and "
                  "Signal");
    return false;
  }
  std::set<std::string> Seen;
  bool Known = forEachKey(
      N, Path, Keys, "a catalog entry", Seen, Err,
      [&](const std::string &Key, const YAML::detail::iterator_value &KV) {
        if (Key == "Name") {
          // "Name:" with nothing after it: yaml-cpp places the empty value at
          // the next key, so the error points at this one.
          if (KV.second.IsNull()) {
            Err = errorAt(Path, KV.first.Mark(),
                          "'Name' expects a non-empty function name without "
                          "spaces");
            return false;
          }
          if (!scalarString(KV.second, Path, Key, Out.Name, Err))
            return false;
          if (Out.Name.empty() ||
              Out.Name.find_first_of(" \t") != std::string::npos) {
            Err = errorAt(Path, KV.second.Mark(),
                          "'Name' expects a non-empty function name without "
                          "spaces");
            return false;
          }
        } else if (Key == "Signal") {
          std::string S;
          if (!scalarString(KV.second, Path, Key, S, Err))
            return false;
          if (!parseSignal(S, Out.Sig)) {
            std::string Msg = "unknown signal '" + S + "'";
            std::string Guess = didYouMean(S, allSignalNames());
            if (!Guess.empty()) {
              Msg += "; did you mean '" + Guess + "'?";
            } else {
              const char *Sep = "; expected one of ";
              for (const std::string &Name : allSignalNames()) {
                Msg += Sep + Name;
                Sep = ", ";
              }
            }
            Err = errorAt(Path, KV.second.Mark(), Msg);
            return false;
          }
        } else if (Key == "InputArgs" || Key == "IdentityArgs" ||
                   Key == "CallbackArgs" || Key == "OutputArgs") {
          uint32_t &Mask = Key == "InputArgs"      ? Out.InputArgs
                           : Key == "IdentityArgs" ? Out.IdentityArgs
                           : Key == "OutputArgs"   ? Out.OutputArgs
                                                   : Out.CallbackArgs;
          if (!KV.second.IsSequence()) {
            Err = errorAt(Path, KV.second.Mark(),
                          "'" + Key + "' expects a list of argument indexes");
            return false;
          }
          for (const auto &I : KV.second) {
            int V = -1;
            try {
              V = I.as<int>();
            } catch (...) {
              V = -1;
            }
            if (V < 0 || V > 31) {
              Err = errorAt(Path, I.Mark(),
                            "'" + Key +
                                "' expects argument indexes from 0 to 31");
              return false;
            }
            Mask |= 1u << V;
          }
        } else if (Key == "IdentityFields") {
          if (!KV.second.IsSequence()) {
            Err = errorAt(Path, KV.second.Mark(),
                          "'IdentityFields' expects a list of field names");
            return false;
          }
          for (const auto &F : KV.second) {
            std::string Field;
            if (!scalarString(F, Path, Key, Field, Err))
              return false;
            bool Ok = !Field.empty() && Field.front() != '.' &&
                      Field.back() != '.' &&
                      Field.find("..") == std::string::npos &&
                      !(Field.front() >= '0' && Field.front() <= '9');
            for (char C : Field)
              Ok = Ok && ((C >= 'a' && C <= 'z') || (C >= 'A' && C <= 'Z') ||
                          (C >= '0' && C <= '9') || C == '_' || C == '.');
            if (!Ok) {
              Err = errorAt(Path, F.Mark(),
                            "'IdentityFields' expects field names such as "
                            "'reference_audio' or 'pm_params.id_images'");
              return false;
            }
            if (!Out.IdentityFields.empty())
              Out.IdentityFields += ",";
            Out.IdentityFields += Field;
          }
        } else if (Key == "Medium") {
          std::string S;
          if (!scalarString(KV.second, Path, Key, S, Err))
            return false;
          if (!parseMedium(S, Out.Med)) {
            Err = errorAt(Path, KV.second.Mark(),
                          "'Medium' expects image, audio or video");
            return false;
          }
        } else if (Key == "Writes") {
          bool V = false;
          try {
            V = KV.second.as<bool>();
          } catch (...) {
            Err = errorAt(Path, KV.second.Mark(),
                          "'Writes' expects true or false");
            return false;
          }
          Out.Writes = V;
        }
        return true;
      });
  if (!Known)
    return false;
  if (Out.Name.empty()) {
    Err = errorAt(Path, N.Mark(), "catalog entry has no 'Name'");
    return false;
  }
  if (!Seen.count("Signal")) {
    Err = errorAt(Path, N.Mark(),
                  "catalog entry '" + Out.Name + "' has no 'Signal'");
    return false;
  }
  if (Out.Med != Medium::None && Out.Sig != Signal::OutputWrite) {
    Err = errorAt(Path, N.Mark(),
                  "catalog entry '" + Out.Name +
                      "': 'Medium' applies to output-write entries only");
    return false;
  }
  Out.Library = Library;
  Out.Source = Path + ":" + std::to_string(N.Mark().line + 1);
  return true;
}

bool parseModel(const YAML::Node &N, const std::string &Path,
                const std::string &Library, ModelPattern &Out,
                ConfigError &Err) {
  static const std::vector<std::string> Keys = {"Pattern", "Technique"};
  if (!N.IsMap()) {
    Err = errorAt(Path, N.Mark(),
                  "each entry of 'Models' expects a mapping with Pattern and "
                  "Technique");
    return false;
  }
  std::set<std::string> Seen;
  bool Known = forEachKey(
      N, Path, Keys, "a model entry", Seen, Err,
      [&](const std::string &Key, const YAML::detail::iterator_value &KV) {
        if (Key == "Pattern") {
          if (!scalarString(KV.second, Path, Key, Out.Pattern, Err))
            return false;
          bool Lower =
              std::none_of(Out.Pattern.begin(), Out.Pattern.end(),
                           [](char C) { return C >= 'A' && C <= 'Z'; });
          if (Out.Pattern.empty() || !Lower ||
              Out.Pattern.find_first_of("/\\ \t") != std::string::npos ||
              Out.Pattern.find_first_not_of('*') == std::string::npos) {
            Err =
                errorAt(Path, KV.second.Mark(),
                        "'Pattern' expects a lower-case file name glob without "
                        "folders or spaces, and not only '*'");
            return false;
          }
        } else if (Key == "Technique") {
          if (!scalarString(KV.second, Path, Key, Out.Technique, Err))
            return false;
          const auto &Known = modelTechniques();
          if (std::find(Known.begin(), Known.end(), Out.Technique) ==
              Known.end()) {
            std::string Msg = "unknown technique '" + Out.Technique + "'";
            std::string Guess = didYouMean(Out.Technique, Known);
            if (!Guess.empty()) {
              Msg += "; did you mean '" + Guess + "'?";
            } else {
              const char *Sep = "; expected one of ";
              for (const std::string &T : Known) {
                Msg += Sep + T;
                Sep = ", ";
              }
            }
            Err = errorAt(Path, KV.second.Mark(), Msg);
            return false;
          }
        }
        return true;
      });
  if (!Known)
    return false;
  if (Out.Pattern.empty() || Out.Technique.empty()) {
    Err =
        errorAt(Path, N.Mark(), "model entry needs 'Pattern' and 'Technique'");
    return false;
  }
  Out.Library = Library;
  Out.Source = Path + ":" + std::to_string(N.Mark().line + 1);
  return true;
}

/// Why \p S is not a `Types` entry ("ns::Name" or "Name = type"), or
/// empty when it is one.
std::string typeEntryProblem(const std::string &Entry) {
  std::string S = Entry;
  // Data members: "cv::Mat {int rows, int cols}".
  size_t Brace = S.find('{');
  if (Brace != std::string::npos) {
    if (S.back() != '}' || S.find('=') != std::string::npos)
      return "'" + Entry +
             "': data members are written 'ns::Name {type "
             "member, ...}'";
    std::string Members = S.substr(Brace + 1, S.size() - Brace - 2);
    // Members are "type name" or "method()"; only '()' at a member's end.
    std::string Check = Members;
    for (size_t P; (P = Check.find("()")) != std::string::npos;)
      Check.erase(P, 2);
    if (Check.find_first_of(";{}#()\"'/") != std::string::npos)
      return "'" + Entry +
             "': a member is a type and a name, such as "
             "'int rows', or a method, such as 'clone()'";
    S = S.substr(0, Brace);
    while (!S.empty() && S.back() == ' ')
      S.pop_back();
  }
  // A free function: "cv::imread()".
  if (S.size() > 2 && S.compare(S.size() - 2, 2, "()") == 0)
    S.resize(S.size() - 2);
  // A class template: "cv::Ptr<T>".
  size_t Angle = S.find('<');
  if (Angle != std::string::npos) {
    if (S.back() != '>')
      return "'" + Entry + "': a class template is written 'ns::Name<T>'";
    std::string Params = S.substr(Angle + 1, S.size() - Angle - 2);
    for (char C : Params)
      if (!std::isalnum(static_cast<unsigned char>(C)) && C != '_' &&
          C != ',' && C != ' ')
        return "'" + Entry +
               "': template parameters are names, such as "
               "'ns::Name<T>'";
    S = S.substr(0, Angle);
  }
  std::string Name = S, Alias;
  size_t Eq = S.find('=');
  if (Eq != std::string::npos) {
    Name = S.substr(0, Eq);
    Alias = S.substr(Eq + 1);
    auto Trim = [](std::string &X) {
      size_t B = X.find_first_not_of(' '), E = X.find_last_not_of(' ');
      X = B == std::string::npos ? "" : X.substr(B, E - B + 1);
    };
    Trim(Name);
    Trim(Alias);
    if (Alias.empty() || Alias.find_first_of(";{}#") != std::string::npos)
      return "type alias '" + S +
             "' expects a type after '=', such as "
             "'llama_token = int'";
    if (Name.find("::") != std::string::npos)
      return "type alias '" + S + "' must name a global type";
  }
  // Identifiers separated by "::".
  bool Start = true;
  for (size_t I = 0; I < Name.size(); ++I) {
    char C = Name[I];
    if (C == ':' && I + 1 < Name.size() && Name[I + 1] == ':' && !Start) {
      ++I;
      Start = true;
      continue;
    }
    bool Ok = std::isalpha(static_cast<unsigned char>(C)) || C == '_' ||
              (!Start && std::isdigit(static_cast<unsigned char>(C)));
    if (!Ok)
      return "'" + S +
             "' is not a type name; expected identifiers separated "
             "by '::', or 'Name = type'";
    Start = false;
  }
  if (Name.empty() || Start)
    return "'" + S +
           "' is not a type name; expected identifiers separated "
           "by '::', or 'Name = type'";
  return "";
}

bool parseImpl(const std::string &Text, const std::string &Path,
               CatalogFile &Out, ConfigError &Err) {
  static const std::vector<std::string> Keys = {"Library", "Headers", "Types",
                                                "Functions", "Models"};
  YAML::Node Root;
  if (!loadOneDocument(Text, Path, Root, Err))
    return false;
  if (Root.IsNull())
    return true;
  if (!Root.IsMap()) {
    Err = errorAt(Path, Root.Mark(),
                  "a catalog file expects a mapping with Library and "
                  "Functions");
    return false;
  }
  std::set<std::string> Seen;
  bool Known = forEachKey(
      Root, Path, Keys, "a catalog file", Seen, Err,
      [&](const std::string &Key, const YAML::detail::iterator_value &KV) {
        if (Key == "Library") {
          if (!scalarString(KV.second, Path, Key, Out.Library, Err))
            return false;
        } else if (Key == "Headers") {
          if (!KV.second.IsSequence()) {
            Err = errorAt(Path, KV.second.Mark(),
                          "'Headers' expects a list of header names");
            return false;
          }
          for (const auto &H : KV.second) {
            std::string S;
            if (!scalarString(H, Path, Key, S, Err))
              return false;
            Out.Headers.push_back(S);
          }
        } else if (Key == "Types") {
          if (!KV.second.IsSequence()) {
            Err = errorAt(Path, KV.second.Mark(),
                          "'Types' expects a list of type names, such as "
                          "'cv::Mat' or 'llama_token = int'");
            return false;
          }
          for (const auto &T : KV.second) {
            std::string S;
            if (!scalarString(T, Path, Key, S, Err))
              return false;
            std::string Problem = typeEntryProblem(S);
            if (!Problem.empty()) {
              Err = errorAt(Path, T.Mark(), Problem);
              return false;
            }
            Out.Types.push_back(S);
          }
        } else if (Key == "Functions" || Key == "Models") {
          if (!KV.second.IsSequence()) {
            Err = errorAt(Path, KV.second.Mark(),
                          "'" + Key + "' expects a list of entries");
            return false;
          }
        }
        return true;
      });
  if (!Known)
    return false;
  if (Out.Library.empty()) {
    Err = errorAt(Path, Root.Mark(), "catalog file has no 'Library'");
    return false;
  }
  std::map<std::string, int> FirstLine;
  for (const auto &E : Root["Functions"]) {
    CatalogEntry Entry;
    if (!parseEntry(E, Path, Out.Library, Entry, Err))
      return false;
    YAML::Mark At = E["Name"].Mark();
    auto Inserted = FirstLine.emplace(Entry.Name, At.line + 1);
    if (!Inserted.second) {
      Err = errorAt(Path, At,
                    "duplicate catalog entry '" + Entry.Name +
                        "' in the same file; first defined on line " +
                        std::to_string(Inserted.first->second));
      return false;
    }
    Out.Entries.push_back(std::move(Entry));
  }
  std::map<std::string, int> FirstModel;
  for (const auto &M : Root["Models"]) {
    ModelPattern Model;
    if (!parseModel(M, Path, Out.Library, Model, Err))
      return false;
    auto Inserted = FirstModel.emplace(Model.Pattern, M.Mark().line + 1);
    if (!Inserted.second) {
      Err = errorAt(Path, M.Mark(),
                    "duplicate model pattern '" + Model.Pattern +
                        "' in the same file; first defined on line " +
                        std::to_string(Inserted.first->second));
      return false;
    }
    Out.Models.push_back(std::move(Model));
  }
  return true;
}

} // namespace

bool parseCatalogFile(const std::string &Text, const std::string &Path,
                      CatalogFile &Out, ConfigError &Err) {
  try {
    return parseImpl(Text, Path, Out, Err);
  } catch (const YAML::Exception &E) {
    Err = errorAt(Path, E.mark, "malformed YAML: " + yamlMessage(E.msg));
  } catch (const std::exception &E) {
    Err = ConfigError{Path, 0, 0,
                      std::string("cannot read catalog: ") + E.what()};
  } catch (...) {
    Err = ConfigError{Path, 0, 0, "cannot read catalog"};
  }
  return false;
}

bool loadCatalogFile(const std::string &Path, CatalogFile &Out,
                     ConfigError &Err) {
  std::string Text;
  return readYamlFile(Path, "catalog file", Text, Err) &&
         parseCatalogFile(Text, Path, Out, Err);
}

const std::vector<std::string> &modelTechniques() {
  static const std::vector<std::string> Known = {
      "face-swap",
      "face-reenactment",
      "lip-sync",
      "voice-conversion",
      "undressing",
      "identity-adapter",
      "face-detection",
      "face-recognition",
      "speaker-recognition",
      "emotion-recognition",
      "face-emotion-recognition",
      "voice-emotion-recognition",
      "attribute-recognition",
      "sensitive-attribute-recognition"};
  return Known;
}

bool modelNameMatches(std::string_view Pattern, std::string_view Name) {
  // Iterative glob with backtracking to the last '*'.
  size_t P = 0, N = 0, Star = std::string_view::npos, Mark = 0;
  auto Lower = [](char C) {
    return C >= 'A' && C <= 'Z' ? static_cast<char>(C - 'A' + 'a') : C;
  };
  while (N < Name.size()) {
    if (P < Pattern.size() &&
        (Pattern[P] == '?' || Lower(Pattern[P]) == Lower(Name[N]))) {
      ++P;
      ++N;
    } else if (P < Pattern.size() && Pattern[P] == '*') {
      Star = P++;
      Mark = N;
    } else if (Star != std::string_view::npos) {
      P = Star + 1;
      N = ++Mark;
    } else {
      return false;
    }
  }
  while (P < Pattern.size() && Pattern[P] == '*')
    ++P;
  return P == Pattern.size();
}

const char *signalName(Signal S) { return SignalNames[static_cast<size_t>(S)]; }

bool parseSignal(std::string_view Name, Signal &Out) {
  for (size_t I = 0; I < static_cast<size_t>(Signal::NumSignals); ++I)
    if (Name == SignalNames[I]) {
      Out = static_cast<Signal>(I);
      return true;
    }
  return false;
}

const char *mediumName(Medium M) {
  switch (M) {
  case Medium::Image:
    return "image";
  case Medium::Audio:
    return "audio";
  case Medium::Video:
    return "video";
  case Medium::None:
    break;
  }
  return "";
}

bool parseMedium(std::string_view Name, Medium &Out) {
  for (Medium M : {Medium::Image, Medium::Audio, Medium::Video})
    if (Name == mediumName(M)) {
      Out = M;
      return true;
    }
  return false;
}

std::vector<std::string> allSignalNames() {
  return std::vector<std::string>(std::begin(SignalNames),
                                  std::end(SignalNames));
}

std::string_view lastNameComponent(std::string_view Q) {
  size_t Pos = Q.rfind("::");
  return Pos == std::string_view::npos ? Q : Q.substr(Pos + 2);
}

bool qualifiedNameMatches(std::string_view Qualified,
                          std::string_view CatalogName) {
  // Clang prints qualified names without inline namespaces (std::__1,
  // cv::dnn::dnn4_v2024), so the names compare as written.
  if (CatalogName.substr(0, 2) == "::")
    CatalogName.remove_prefix(2);
  if (Qualified.substr(0, 2) == "::")
    Qualified.remove_prefix(2);
  return Qualified == CatalogName;
}

} // namespace aiact
