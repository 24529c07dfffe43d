using System.Buffers;

namespace Polis.Transit.Gtfs.Reading;

/// <summary>
/// A forward-only RFC 4180 reader over characters: commas, double-quoted fields with <c>""</c> escapes and
/// line breaks inside, CRLF or LF records. Fields are spans into one reusable buffer (valid until the next
/// <see cref="Read"/>), so reading a million stop times allocates nothing per row, and the vectorised
/// <see cref="SearchValues{T}"/> scan skips plain text at memory speed. Field offsets are kept relative to the
/// record's start, so they survive the buffer being refilled or grown under a long record.
/// </summary>
internal sealed class CsvReader(TextReader reader, int maxRecordChars = CsvReader.DefaultMaxRecordChars) : IDisposable
{
    /// <summary>No real GTFS row comes near this; a stray quote would otherwise swallow the rest of the file into one field.</summary>
    public const int DefaultMaxRecordChars = 1 << 20;

    private const int MinReadChars = 4096;

    private static readonly SearchValues<char> Delimiters = SearchValues.Create(",\n");

    private char[] _buffer = ArrayPool<char>.Shared.Rent(64 * 1024);
    private int _start; // the current record's first character
    private int _pos; // where the next record starts
    private int _end;
    private bool _eof;
    private Field[] _fields = new Field[32];
    private char[] _scratch = new char[256];
    private int _scratchUsed;
    private int _newlinesInRecord;

    public int FieldCount { get; private set; }

    /// <summary>The current record's row as a spreadsheet shows it (1 = the header), blank rows included.</summary>
    public int Row { get; private set; }

    /// <summary>The physical line (1-based) where the current record starts (differs from <see cref="Row"/> after quoted line breaks).</summary>
    public long Line { get; private set; } = 1;

    /// <summary>A quoted value of the current record holds a line break.</summary>
    public bool HasNewLineInValue { get; private set; }

    /// <summary>The current record has a stray quote (text after a closing quote, or a quote never closed).</summary>
    public bool HasMalformedQuotes { get; private set; }

    /// <summary>Reading stopped at a record longer than the limit (see <see cref="DefaultMaxRecordChars"/>).</summary>
    public bool RecordTooLong { get; private set; }

    /// <summary>Field <paramref name="index"/> without surrounding whitespace.</summary>
    public ReadOnlySpan<char> this[int index] => Raw(index).Trim();

    /// <summary>True when field <paramref name="index"/> had whitespace around its value.</summary>
    public bool IsPadded(int index)
    {
        var raw = Raw(index);
        return raw.Length > 0 && (char.IsWhiteSpace(raw[0]) || char.IsWhiteSpace(raw[^1]));
    }

    /// <summary>True when every field of the current record is blank (an empty line, or only commas).</summary>
    public bool IsBlank()
    {
        for (var i = 0; i < FieldCount; i++)
        {
            if (!this[i].IsEmpty)
            {
                return false;
            }
        }

        return true;
    }

    public bool Read()
    {
        Line += _newlinesInRecord;
        _newlinesInRecord = 0;
        _start = _pos;
        while (_start >= _end)
        {
            if (_eof || !Fill())
            {
                return false;
            }
        }

        Row++;
        var start = 0;
        Reset();
        while (true)
        {
            var end = ParseField(start);
            if (end < 0)
            {
                if (!Fill())
                {
                    RecordTooLong = true;
                    return false;
                }

                continue;
            }

            var record = Record;
            if (end < record.Length && record[end] == ',')
            {
                start = end + 1;
                continue;
            }

            _pos = _start + Math.Min(end + 1, record.Length);
            _newlinesInRecord++;
            return true;
        }
    }

    public void Dispose()
    {
        ArrayPool<char>.Shared.Return(_buffer);
        reader.Dispose();
    }

    private Span<char> Record => _buffer.AsSpan(_start, _end - _start);

    private ReadOnlySpan<char> Raw(int index)
    {
        var field = _fields[index];
        return field.FromScratch ? _scratch.AsSpan(field.Start, field.Length) : _buffer.AsSpan(_start + field.Start, field.Length);
    }

    private void Reset()
    {
        FieldCount = 0;
        _scratchUsed = 0;
        HasNewLineInValue = false;
        HasMalformedQuotes = false;
    }

    /// <summary>
    /// Parses the field starting at <paramref name="start"/> and returns the offset of the delimiter after it (a comma, a
    /// line feed, or the record's length at the end of input); -1 when more input is needed first (nothing recorded yet).
    /// </summary>
    private int ParseField(int start)
    {
        var record = Record;
        var i = start;
        while (i < record.Length && record[i] is ' ' or '\t')
        {
            i++;
        }

        if (i < record.Length && record[i] == '"')
        {
            return ParseQuoted(record, i);
        }

        var next = record[start..].IndexOfAny(Delimiters);
        if (next < 0 && !_eof)
        {
            return -1;
        }

        var end = next < 0 ? record.Length : start + next;
        var length = end - start;
        if (length > 0 && record[end - 1] == '\r' && (end == record.Length || record[end] == '\n'))
        {
            length--;
        }

        AddField(start, length, fromScratch: false);
        return end;
    }

    private int ParseQuoted(Span<char> record, int open)
    {
        var close = open + 1;
        var escapes = false;
        while (true)
        {
            var quote = record[close..].IndexOf('"');
            if (quote < 0 || close + quote + 1 == record.Length)
            {
                if (!_eof)
                {
                    return -1; // the value, or whether its last quote is doubled, continues past the buffer
                }

                if (quote < 0)
                {
                    HasMalformedQuotes = true; // never closed: the value runs to the end of the file
                    close = record.Length;
                    break;
                }
            }

            close += quote;
            if (close + 1 < record.Length && record[close + 1] == '"')
            {
                escapes = true;
                close += 2;
                continue;
            }

            break;
        }

        var afterClose = Math.Min(close + 1, record.Length);
        var delimiter = record[afterClose..].IndexOfAny(Delimiters);
        if (delimiter < 0 && !_eof)
        {
            return -1;
        }

        var end = delimiter < 0 ? record.Length : afterClose + delimiter;
        var tail = record[afterClose..end].TrimEnd('\r');
        var value = record[(open + 1)..close];
        HasNewLineInValue |= value.ContainsAny('\n', '\r');
        _newlinesInRecord += value.Count('\n');
        if (!tail.IsWhiteSpace())
        {
            HasMalformedQuotes = true; // "abc"def: keep the text, flag the row
        }

        if (escapes || !tail.IsEmpty)
        {
            AddUnescaped(value, tail.TrimEnd());
        }
        else
        {
            AddField(open + 1, value.Length, fromScratch: false);
        }

        return end;
    }

    private void AddUnescaped(ReadOnlySpan<char> value, ReadOnlySpan<char> tail)
    {
        var needed = _scratchUsed + value.Length + tail.Length;
        if (needed > _scratch.Length)
        {
            Array.Resize(ref _scratch, Math.Max(needed, _scratch.Length * 2));
        }

        var target = _scratch.AsSpan(_scratchUsed);
        var written = 0;
        for (var k = 0; k < value.Length; k++)
        {
            target[written++] = value[k];
            if (value[k] == '"' && k + 1 < value.Length && value[k + 1] == '"')
            {
                k++;
            }
        }

        tail.CopyTo(target[written..]);
        written += tail.Length;
        AddField(_scratchUsed, written, fromScratch: true);
        _scratchUsed += written;
    }

    private void AddField(int start, int length, bool fromScratch)
    {
        if (FieldCount == _fields.Length)
        {
            Array.Resize(ref _fields, _fields.Length * 2);
        }

        _fields[FieldCount++] = new Field(start, length, fromScratch);
    }

    /// <summary>
    /// Reads more input behind the current record (moved to the front, the buffer grown when little room is left).
    /// False when the record would pass the limit; at the end of input it sets <see cref="_eof"/> and returns true.
    /// </summary>
    private bool Fill()
    {
        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _end -= _start;
            _pos = _start = 0;
        }

        // Always offer the reader room for more than one character: a decoder cannot return half a surrogate pair,
        // and a read of 0 would look like the end of the file.
        if (_buffer.Length - _end < MinReadChars)
        {
            if (_end >= maxRecordChars)
            {
                return false;
            }

            var larger = ArrayPool<char>.Shared.Rent(Math.Max(_buffer.Length * 2, _end + MinReadChars));
            _buffer.AsSpan(0, _end).CopyTo(larger);
            ArrayPool<char>.Shared.Return(_buffer);
            _buffer = larger;
        }

        var read = reader.Read(_buffer, _end, _buffer.Length - _end);
        _end += read;
        _eof = read == 0;
        return true;
    }

    private readonly record struct Field(int Start, int Length, bool FromScratch);
}
