using System.IO.Compression;
using System.Text;
using System.Runtime.CompilerServices;

namespace Bibliography.Parsing.Labelling;

/// <summary>
/// A trained labeller: per feature key the weights of the tags it votes for, and the tag-to-tag transition weights;
/// decodes a note's best tag sequence with first-order Viterbi (I only after its own label).
/// </summary>
public sealed class LabellerModel
{
    private const string Magic = "BIBLAB1";

    // Feature key → index of its first weight in _tags/_weights; _counts says how many follow.
    private readonly Dictionary<ulong, int> _index;
    private readonly byte[] _counts;
    private readonly byte[] _tags;
    private readonly float[] _weights;
    // (Count + 1) rows of Count: row Count is the note's start.
    private readonly float[] _transitions;

    /// <summary>The number of tags the model scores.</summary>
    public int TagCount { get; }

    /// <summary>The number of features the model keeps.</summary>
    public int FeatureCount => _index.Count;

    /// <summary>The number of non-zero feature weights the model keeps.</summary>
    public int WeightCount => _weights.Length;

    internal LabellerModel(int tagCount, Dictionary<ulong, int> index, byte[] counts, byte[] tags, float[] weights, float[] transitions)
    {
        TagCount = tagCount;
        _index = index;
        _counts = counts;
        _tags = tags;
        _weights = weights;
        _transitions = transitions;
        _masked = Masked(transitions, tagCount);
    }

    /// <summary>Builds a model from dense rows (feature key → weights of every tag), keeping weights of magnitude at least <paramref name="floor"/>.</summary>
    internal static LabellerModel FromDense(int tagCount, IEnumerable<(ulong Key, float[] Row)> rows, float[] transitions, float floor)
    {
        var index = new Dictionary<ulong, int>();
        var counts = new List<byte>();
        var tags = new List<byte>();
        var weights = new List<float>();
        foreach (var (key, row) in rows.OrderBy(r => r.Key))
        {
            var at = weights.Count;
            for (var t = 0; t < tagCount; t++)
            {
                if (Math.Abs(row[t]) < floor) continue;
                tags.Add((byte)t);
                weights.Add(row[t]);
            }
            if (weights.Count == at) continue;
            index[key] = counts.Count;
            counts.Add((byte)(weights.Count - at));
        }
        // The index maps to the feature's ordinal; the first weight's position is the running sum of the counts.
        var starts = new int[counts.Count];
        for (int i = 0, sum = 0; i < counts.Count; sum += counts[i], i++) starts[i] = sum;
        foreach (var key in index.Keys.ToList()) index[key] = starts[index[key]] * 256 + counts[index[key]];
        return new LabellerModel(tagCount, index, counts.ToArray(), tags.ToArray(), weights.ToArray(), transitions);
    }

    /// <summary>Adds the emission scores of one token's features to <paramref name="scores"/> (one per tag).</summary>
    [MethodImpl(Hot.Loop)]
    internal void Emit(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        foreach (var key in features)
        {
            if (!_index.TryGetValue(key, out var packed)) continue;
            var (start, count) = (packed >> 8, packed & 0xFF);
            for (var k = start; k < start + count; k++) scores[_tags[k]] += _weights[k];
        }
    }

    /// <summary>The best tag sequence of the note whose features <paramref name="features"/> holds, and its score.</summary>
    internal float Decode(Features features, int[] tags) =>
        Viterbi(features.Tokens.Count, TagCount, (i, s) => Emit(features.Of(i), s), _masked, tags);

    // The transitions as Viterbi reads them: per tag, the weights from every previous tag (-inf where not allowed),
    // then a row of the weights from the note's start.
    private readonly float[] _masked;

    /// <summary>
    /// The transitions <paramref name="transitions"/> ((T + 1) rows of T, the start last) turned for Viterbi: row t
    /// holds the weight of every previous tag p into t, negative infinity where <see cref="Tags.Allowed"/> forbids it;
    /// row T the weights from the start.
    /// </summary>
    internal static float[] Masked(float[] transitions, int T, float[]? into = null)
    {
        var masked = into ?? new float[(T + 1) * T];
        for (var t = 0; t < T; t++)
        {
            for (var p = 0; p < T; p++) masked[t * T + p] = Tags.Allowed(p, t) ? transitions[p * T + t] : float.NegativeInfinity;
            masked[T * T + t] = Tags.Allowed(-1, t) ? transitions[T * T + t] : float.NegativeInfinity;
        }
        return masked;
    }

    [ThreadStatic] private static float[]? _lattice;

    /// <summary>
    /// First-order Viterbi over n tokens: emit fills a token's tag scores, masked is <see cref="Masked"/>'s. The forward
    /// pass keeps only the best scores (a vectorised maximum per tag); the way back finds each token's best previous
    /// tag again, for the one tag chosen, which gives the same path as back pointers at a T-th of their cost.
    /// </summary>
    internal static float Viterbi(int n, int T, EmitScores emit, float[] masked, int[] best)
    {
        if (n == 0) return 0;
        var lattice = _lattice is { } l && l.Length >= n * T ? l : _lattice = new float[Math.Max(n, 64) * T];
        lattice.AsSpan(0, n * T).Clear();
        var start = masked.AsSpan(T * T, T);
        for (var i = 0; i < n; i++)
        {
            var row = lattice.AsSpan(i * T, T);
            emit(i, row);
            if (i == 0)
            {
                for (var t = 0; t < T; t++) row[t] += start[t];
                continue;
            }
            var previous = lattice.AsSpan((i - 1) * T, T);
            for (var t = 0; t < T; t++) row[t] += MaxSum(previous, masked.AsSpan(t * T, T));
        }
        var last = lattice.AsSpan((n - 1) * T, T);
        var end = ArgMaxSum(last, default);
        var total = last[end];
        best[n - 1] = end;
        for (var i = n - 1; i > 0; i--)
            best[i - 1] = ArgMaxSum(lattice.AsSpan((i - 1) * T, T), masked.AsSpan(best[i] * T, T));
        return total;
    }

    // max over p of a[p] + b[p].
    [MethodImpl(Hot.Loop)]
    private static float MaxSum(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var max = float.NegativeInfinity;
        var p = 0;
        if (System.Numerics.Vector.IsHardwareAccelerated && a.Length >= System.Numerics.Vector<float>.Count)
        {
            var w = System.Numerics.Vector<float>.Count;
            var m = new System.Numerics.Vector<float>(float.NegativeInfinity);
            for (; p + w <= a.Length; p += w)
                m = System.Numerics.Vector.Max(m, new System.Numerics.Vector<float>(a[p..]) + new System.Numerics.Vector<float>(b[p..]));
            for (var k = 0; k < w; k++) if (m[k] > max) max = m[k];
        }
        for (; p < a.Length; p++) if (a[p] + b[p] > max) max = a[p] + b[p];
        return max;
    }

    // The first p with the greatest a[p] + b[p] (b empty: of a alone).
    private static int ArgMaxSum(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var at = 0;
        var max = float.NegativeInfinity;
        for (var p = 0; p < a.Length; p++)
        {
            var v = b.IsEmpty ? a[p] : a[p] + b[p];
            if (v > max) { max = v; at = p; }
        }
        return at;
    }

    /// <summary>Fills a token's emission scores.</summary>
    internal delegate void EmitScores(int token, Span<float> scores);

    /// <summary>Writes the model, gzip-compressed.</summary>
    public void Write(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var w = new BinaryWriter(gzip, Encoding.UTF8);
        w.Write(Magic);
        w.Write(TagCount);
        w.Write(Tags.Labels.Length);
        foreach (var l in Tags.Labels) w.Write(l);
        foreach (var v in _transitions) w.Write(v);
        w.Write(_index.Count);
        // Sorted by key, with the keys delta-coded: the order is deterministic and the file compresses.
        ulong previous = 0;
        foreach (var (key, packed) in _index.OrderBy(p => p.Key))
        {
            w.Write(key - previous);
            previous = key;
            var (start, count) = (packed >> 8, packed & 0xFF);
            w.Write((byte)count);
            for (var k = start; k < start + count; k++)
            {
                w.Write(_tags[k]);
                w.Write((Half)_weights[k]);
            }
        }
    }

    /// <summary>Reads a model written by <see cref="Write"/>; a file of another format or labels is refused.</summary>
    public static LabellerModel Read(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var r = new BinaryReader(gzip, Encoding.UTF8);
        if (r.ReadString() != Magic) throw new InvalidDataException("not a labeller model (its header is not " + Magic + ")");
        var tagCount = r.ReadInt32();
        var labels = new string[r.ReadInt32()];
        for (var i = 0; i < labels.Length; i++) labels[i] = r.ReadString();
        if (tagCount != Tags.Count || !labels.SequenceEqual(Tags.Labels))
            throw new InvalidDataException("the labeller model was trained on other labels than this library reads: " + string.Join(",", labels));
        var transitions = new float[(tagCount + 1) * tagCount];
        for (var i = 0; i < transitions.Length; i++) transitions[i] = r.ReadSingle();
        var features = r.ReadInt32();
        var index = new Dictionary<ulong, int>(features);
        var counts = new byte[features];
        var tags = new List<byte>();
        var weights = new List<float>();
        ulong key = 0;
        for (var f = 0; f < features; f++)
        {
            key += r.ReadUInt64();
            var count = r.ReadByte();
            index[key] = weights.Count * 256 + count;
            counts[f] = count;
            for (var k = 0; k < count; k++)
            {
                tags.Add(r.ReadByte());
                weights.Add((float)r.ReadHalf());
            }
        }
        return new LabellerModel(tagCount, index, counts, tags.ToArray(), weights.ToArray(), transitions);
    }
}
