using System.Buffers;
using System.Text.Unicode;

namespace Polis.Transit.Gtfs.Reading;

/// <summary>
/// Decodes a UTF-8 byte stream into characters and refuses anything that is not UTF-8 (a Latin-1 export, say)
/// with the line where the first bad byte sits, instead of silently replacing it with U+FFFD: a stop called
/// "K\uFFFDbenhavn" in the timetable is worse than a refused feed with a clear reason. A leading BOM is skipped.
/// At the first bad byte the reader stops as if the file ended there and sets <see cref="InvalidLine"/>.
/// </summary>
internal sealed class StrictUtf8Reader(Stream stream) : TextReader
{
    private readonly byte[] _bytes = ArrayPool<byte>.Shared.Rent(64 * 1024);
    private int _start;
    private int _end;
    private bool _eof;
    private bool _bomChecked;
    private long _newlines;

    /// <summary>The 1-based line of the first byte that is not UTF-8, or null while everything decoded.</summary>
    public long? InvalidLine { get; private set; }

    public override int Read(Span<char> buffer)
    {
        while (true)
        {
            if (!_eof && _end - _start < 4)
            {
                Fill();
            }

            if (!_bomChecked && (_end - _start >= 3 || _eof))
            {
                _bomChecked = true;
                if (_bytes.AsSpan(_start, _end - _start).StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
                {
                    _start += 3;
                }
            }

            var source = _bytes.AsSpan(_start, _end - _start);
            if ((source.IsEmpty && _eof) || InvalidLine is not null)
            {
                return 0;
            }

            var status = Utf8.ToUtf16(source, buffer, out var read, out var written, replaceInvalidSequences: false, isFinalBlock: _eof);
            _newlines += source[..read].Count((byte)'\n');
            _start += read;
            if (status == OperationStatus.InvalidData)
            {
                InvalidLine = _newlines + 1;
                return written;
            }

            if (written > 0 || status == OperationStatus.DestinationTooSmall)
            {
                return written;
            }

            // NeedMoreData: an incomplete sequence at the end of the buffer; read more and decode again.
            Fill();
        }
    }

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Peek() => throw new NotSupportedException();

    public override int Read() => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            ArrayPool<byte>.Shared.Return(_bytes);
            stream.Dispose();
        }

        base.Dispose(disposing);
    }

    private void Fill()
    {
        if (_start > 0)
        {
            _bytes.AsSpan(_start, _end - _start).CopyTo(_bytes);
            _end -= _start;
            _start = 0;
        }

        var read = stream.Read(_bytes, _end, _bytes.Length - _end);
        _end += read;
        _eof = read == 0;
    }
}
