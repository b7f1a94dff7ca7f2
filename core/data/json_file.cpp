#include "json_file.h"

#include "atomic_file.h"
#include "file_error.h"

#include <cctype>

namespace kps {

namespace {

// nlohmann's what() is "[json.exception.parse_error.101] parse error at line 3, column 7: syntax
// error ..."; we give our own position, so keep only the part that says what is wrong.
std::string parseErrorReason(const std::string& what)
{
    const std::size_t column = what.find("column ");
    if (column != std::string::npos) {
        const std::size_t colon = what.find(": ", column);
        if (colon != std::string::npos)
            return what.substr(colon + 2);
    }
    const std::size_t bracket = what.find("] ");
    return bracket == std::string::npos ? what : what.substr(bracket + 2);
}

// Replaces bare NaN / Infinity / -Infinity tokens outside strings with null (same length padding
// keeps byte offsets, hence line/column of later errors, unchanged). Returns false when none.
bool replaceNonFiniteLiterals(std::string& text)
{
    bool replaced = false;
    bool inString = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
            continue;
        }
        auto replaceToken = [&](std::size_t start, std::size_t length) {
            text.replace(start, 4, "null");
            for (std::size_t k = start + 4; k < start + length; ++k)
                text[k] = ' ';
            replaced = true;
        };
        if (text.compare(i, 3, "NaN") == 0) {
            text.replace(i, 3, "nul");
            text.insert(i + 3, "l"); // one byte longer: columns after it on this line shift by one
            replaced = true;
            i += 3;
        } else if (text.compare(i, 9, "-Infinity") == 0) {
            replaceToken(i, 9);
            i += 8;
        } else if (text.compare(i, 8, "Infinity") == 0) {
            replaceToken(i, 8);
            i += 7;
        }
    }
    return replaced;
}

} // namespace

std::string lineColumnAt(const std::string& text, std::size_t byteOffset)
{
    if (text.empty())
        return "line 1, column 1";
    std::size_t index = std::min(byteOffset, text.size());
    index = index == 0 ? 0 : index - 1;
    while (index > 0 && std::isspace(static_cast<unsigned char>(text[index])))
        --index;
    std::size_t line = 1;
    std::size_t lineStart = 0;
    for (std::size_t i = 0; i < index; ++i) {
        if (text[i] == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    return "line " + std::to_string(line) + ", column " + std::to_string(index - lineStart + 1);
}

nlohmann::ordered_json parseJsonText(const std::string& text, const std::filesystem::path& file)
{
    try {
        return nlohmann::ordered_json::parse(text);
    } catch (const nlohmann::json::parse_error& error) {
        std::string sanitised = text;
        if (replaceNonFiniteLiterals(sanitised)) {
            try {
                return nlohmann::ordered_json::parse(sanitised);
            } catch (const nlohmann::json::exception&) {
                // fall through: report the original error
            }
        }
        if (text.find_first_not_of(" \t\r\n") == std::string::npos)
            throw FileError(file, "empty file, expected a JSON object");
        throw FileError(file,
                        lineColumnAt(text, error.byte) + ": " + parseErrorReason(error.what()));
    } catch (const nlohmann::json::exception& error) {
        // e.g. out_of_range.406 "number overflow parsing '1e999'": no byte offset, find the token.
        std::string reason = parseErrorReason(error.what());
        const std::size_t open = reason.find('\'');
        const std::size_t close = open == std::string::npos ? open : reason.find('\'', open + 1);
        if (close != std::string::npos) {
            const std::size_t at = text.find(reason.substr(open + 1, close - open - 1));
            if (at != std::string::npos)
                throw FileError(file, lineColumnAt(text, at + 1) + ": " + reason);
        }
        throw FileError(file, reason);
    }
}

nlohmann::ordered_json readJsonFile(const std::filesystem::path& file)
{
    return parseJsonText(readWholeFile(file), file);
}

void writeJsonFile(const std::filesystem::path& file, const nlohmann::ordered_json& json,
                   int indent)
{
    std::string text;
    try {
        text = json.dump(indent);
    } catch (const nlohmann::json::exception& error) {
        throw FileError(file, std::string("cannot serialise JSON: ") + error.what());
    }
    text += '\n';
    writeFileAtomically(file, text);
}

} // namespace kps
