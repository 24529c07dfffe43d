namespace Polis.Transit.Gtfs.Reading;

/// <summary>A read-only view of a zip entry that ends early (as if the file ended) once the zip's <see cref="ZipBudget"/> is spent.</summary>
internal sealed class BudgetedStream(Stream inner, ZipBudget budget) : Stream
{
    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (budget.Exceeded)
        {
            return 0;
        }

        var read = inner.Read(buffer);
        return budget.Spend(read) ? read : 0;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
