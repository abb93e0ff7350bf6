namespace Conseil.Web.Infrastructure.PersonalData.Detection;

/// <summary>How many decompressed bytes all the parts of one document may still yield.</summary>
internal sealed class XmlBudget(long bytes)
{
    public long Remaining { get; set; } = bytes;

    /// <summary>True once a part had more to give than the budget allowed.</summary>
    public bool Exhausted { get; set; }
}

/// <summary>A read-only stream that ends where the budget does: the reader sees an early end, never the bomb.</summary>
internal sealed class CappedStream(Stream inner, XmlBudget budget) : Stream
{
    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (budget.Remaining <= 0)
        {
            Span<byte> probe = stackalloc byte[1];
            if (inner.Read(probe) > 0) budget.Exhausted = true;
            return 0;
        }
        var read = inner.Read(buffer[..(int)Math.Min(buffer.Length, budget.Remaining)]);
        budget.Remaining -= read;
        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}
