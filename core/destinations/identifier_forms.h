#pragma once
// Every form of an e-mail or phone under which a platform or a list may know it, for
// suppression: a suppressed identifier must not reach any file in any of them.
#include "destinations/normalize.h"
#include "util/sha256.h"

#include <string>
#include <vector>

namespace seg {

// E-mail: normalised; Google's form (gmail dots removed); the gmail mailbox (dots and +tag
// removed). Empty when the e-mail cannot be normalised.
std::vector<std::string> emailForms(std::string_view raw);
// Phone: "+E164" and the digits alone (Meta's form). Empty when it cannot be normalised.
std::vector<std::string> phoneForms(std::string_view raw, std::string_view region, const PhoneNormalizer& phones);

} // namespace seg
