using System.Diagnostics;
using System.Text;
using Bibliography.Batch;
using Bibliography.CiteProc.Styles;
using Bibliography.Errors;
using Bibliography.Export;
using Bibliography.Files;
using Bibliography.Tests.Styles;
using Bibliography.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Bibliography.Tests.Resilience;

/// <summary>
/// How files are opened and written (issue #17): an output never replaces an input, every write is atomic and the
/// temporary files of killed runs are swept, only regular files of bounded size are read (never a FIFO or a device),
/// and a folder walk survives link cycles and takes each real file once.
/// </summary>
[Collection(FileSafetyCollection.Name)]
[System.Runtime.Versioning.SupportedOSPlatform("linux")] // FIFOs, /dev/zero, /proc, hard links
public sealed class FileSafetyTests : IDisposable
{
    private const string Notes = "1 Gürcüstan Mərkəzi Tarix Arxivi (GMTA), fond 1874, siyahı 1, iş 4, vərəq 21.\n2 Yenə orada, vərəq 22.\n";

    private readonly string _dir = Directory.CreateTempSubdirectory("bib-files-").FullName;

    public void Dispose()
    {
        try { Directory.Delete(_dir, recursive: true); }
        catch (IOException) { }
    }

    private string Write(string relative, string content)
    {
        var path = Path.Combine(_dir, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    /// <summary>Runs a system tool (mkfifo, ln) that must succeed.</summary>
    internal static void Tool(string name, params string[] args)
    {
        var start = new ProcessStartInfo(name) { UseShellExecute = false, RedirectStandardError = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        process.ExitCode.ShouldBe(0, $"{name} {string.Join(' ', args)}: {error}");
    }

    private static void ShouldBeOneRefusal(int code, string err, params string[] mentions)
    {
        code.ShouldBe(2, err);
        var lines = err.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.ShouldHaveSingleItem(err);
        lines[0].ShouldStartWith("bibliography: ");
        foreach (var m in mentions) lines[0].ShouldContain(m);
        err.ShouldNotContain("internal error");
        err.ShouldNotContain("   at ");
    }

    // ---- 2. Inputs overwritten ----

    [Fact]
    public void Format_into_the_folder_that_holds_the_inputs_is_refused_and_the_paper_is_unchanged()
    {
        var paper = Write("in/paper.txt", Notes);
        var before = File.ReadAllBytes(paper);
        var style = Path.Combine(TestPaths.RepoRoot, "styles", "azerbaijani-historical-notes.csl");

        // `format in --out .`: the folder "in" leads the output names, so in/paper.txt would become the notes.
        var (code, output, err) = CliRun.Run("format", Path.Combine(_dir, "in"), "--style", style, "--out", _dir);

        ShouldBeOneRefusal(code, err, "Refusing to write", "paper.txt");
        output.ShouldBeEmpty();
        File.ReadAllBytes(paper).ShouldBe(before);
        Directory.GetFiles(_dir, "*", SearchOption.AllDirectories).ShouldBe([paper]);
    }

    [Fact]
    public void Validate_with_out_beside_the_paper_is_refused_and_the_paper_is_unchanged()
    {
        var paper = Write("paper.txt", Notes);
        var before = File.ReadAllBytes(paper);

        var (code, _, err) = CliRun.Run("validate", paper, "--out", _dir);

        ShouldBeOneRefusal(code, err, "Refusing to write", paper);
        File.ReadAllBytes(paper).ShouldBe(before);
    }

    [Fact]
    public void Export_onto_its_own_input_is_refused_by_out_by_o_and_through_symbolic_and_hard_links()
    {
        var paper = Write("paper.txt", Notes);
        var (extracted, json, _) = CliRun.Run("extract", paper);
        extracted.ShouldBe(0);
        var doc = Write("doc.json", json);
        var before = File.ReadAllBytes(doc);
        var linkedFolder = Path.Combine(_dir, "linked");
        File.CreateSymbolicLink(Path.Combine(_dir, "doc-link.json"), doc);
        Directory.CreateSymbolicLink(linkedFolder, _dir);
        Tool("ln", doc, Path.Combine(_dir, "doc-hard.json"));

        string[][] attempts =
        [
            ["export", doc, "--to", "csljson", "--out", _dir],
            ["export", doc, "--to", "csljson", "--out", linkedFolder],
            ["export", doc, "--to", "csljson", "-o", doc],
            ["export", doc, "--to", "csljson", "-o", Path.Combine(_dir, "doc-link.json")],
            ["export", Path.Combine(_dir, "doc-link.json"), "--to", "csljson", "-o", doc],
            ["export", doc, "--to", "csljson", "-o", Path.Combine(_dir, "doc-hard.json")],
            ["export", doc, "--to", "csljson", "-o", Path.Combine(linkedFolder, "doc.json")],
            ["validate", Path.Combine(linkedFolder, "paper.txt"), "--out", _dir],
        ];
        foreach (var args in attempts)
        {
            var paperBefore = File.ReadAllBytes(paper);
            var (code, _, err) = CliRun.Run(args);
            ShouldBeOneRefusal(code, err, "Refusing to write");
            File.ReadAllBytes(doc).ShouldBe(before, string.Join(' ', args));
            File.ReadAllBytes(paper).ShouldBe(paperBefore, string.Join(' ', args));
        }
        // The links are still links to the untouched document.
        new FileInfo(Path.Combine(_dir, "doc-link.json")).LinkTarget.ShouldBe(doc);
        File.ReadAllBytes(Path.Combine(_dir, "doc-hard.json")).ShouldBe(before);

        // Somewhere else is fine.
        var (ok, _, okErr) = CliRun.Run("export", doc, "--to", "ris", "-o", Path.Combine(_dir, "doc.ris"));
        ok.ShouldBe(0, okErr);
        File.ReadAllText(Path.Combine(_dir, "doc.ris")).ShouldContain("TY  - ");
    }

    [Fact]
    public void The_library_batch_refuses_before_any_job_runs()
    {
        var paper = Write("a.txt", Notes);
        var ran = 0;
        var e = Should.Throw<BibliographyException>(() => BatchRunner.Run([paper], _ => { Interlocked.Increment(ref ran); return new BatchOutput("x"); },
            new BatchOptions { OutputDirectory = _dir, Extension = ".txt" }));
        e.Message.ShouldContain(paper);
        ran.ShouldBe(0);
        File.ReadAllText(paper).ShouldBe(Notes);
    }

    // ---- 3. Atomic writes and orphaned temporary files ----

    [Fact]
    public void A_killed_export_leaves_the_old_file_or_the_new_one_whole_and_a_later_run_removes_its_temporary_file()
    {
        // About 20 MB of CSL-JSON, exported as RIS, which is written item by item: the child can be caught mid-write.
        var items = new JArray();
        for (var i = 0; i < 40_000; i++)
        {
            items.Add(new JObject
            {
                ["id"] = $"item-{i}",
                ["type"] = "book",
                ["title"] = $"Tarix {i}: " + new string('ə', 120) + " " + new string('x', 120),
                ["author"] = new JArray(new JObject { ["family"] = $"Məmmədov{i}", ["given"] = "Əli" }),
                ["issued"] = new JObject { ["date-parts"] = new JArray { new JArray(1900 + i % 120) } },
                ["publisher-place"] = "Bakı",
            });
        }
        var input = Write("library.json", items.ToString(Newtonsoft.Json.Formatting.None));
        var target = Path.Combine(_dir, "export.ris");
        var (first, _, firstErr) = CliRun.Run("export", Write("small.json", new JArray(items.Take(3)).ToString()), "--to", "ris", "-o", target);
        first.ShouldBe(0, firstErr);
        var old = File.ReadAllBytes(target);

        using var child = CliProcess.Start(null, "export", input, "--to", "ris", "-o", target);
        try
        {
            var watch = Stopwatch.StartNew();
            string[] temporaries = [];
            while (watch.Elapsed < TimeSpan.FromSeconds(90) && !child.HasExited)
            {
                temporaries = Directory.GetFiles(_dir, "export.ris.bibliography-*.tmp");
                if (temporaries.Length > 0 && new FileInfo(temporaries[0]).Length > 0) break;
                Thread.Sleep(1);
            }
            child.HasExited.ShouldBeFalse("the export finished before it could be caught writing");
            temporaries.ShouldHaveSingleItem().ShouldContain($".bibliography-{child.Id}-");
            child.Kill(); // SIGKILL: no handler, no clean-up
            child.WaitForExit();
        }
        finally
        {
            // A failed assertion must not leave the child writing into a folder the test is deleting.
            if (!child.HasExited) child.Kill(entireProcessTree: true);
        }

        var after = File.ReadAllBytes(target);
        var leftOver = Directory.GetFiles(_dir, "export.ris.bibliography-*.tmp");
        if (after.AsSpan().SequenceEqual(old))
        {
            // Killed before the rename (nearly always, mid-write): the part written is in the orphan, not the target.
            leftOver.ShouldHaveSingleItem();
        }
        else Encoding.UTF8.GetString(after).ShouldBe(ReferenceFormats.Export(BibliographyPipeline.LoadDocument(input).Items, "ris")); // killed between the rename and exit
        var reimported = ReferenceFormats.ImportFile(target);
        reimported.Skipped.ShouldBeEmpty();
        reimported.Items.Count.ShouldBeOneOf(3, 40_000);

        // A later run that writes into the folder sweeps what the dead process left, and only that.
        var userFile = Write("notes.tmp", "mine");
        CliProcess.Run(TimeSpan.FromSeconds(60), null, "export", Path.Combine(_dir, "small.json"), "--to", "ris", "-o", Path.Combine(_dir, "small.ris")).Code.ShouldBe(0);
        Directory.GetFiles(_dir, "*.bibliography-*.tmp").ShouldBeEmpty();
        File.ReadAllText(userFile).ShouldBe("mine");
        File.ReadAllBytes(target).Length.ShouldBe(after.Length);
    }

    [Fact]
    public void Temporary_files_of_live_writers_are_kept_and_those_of_dead_or_long_silent_ones_removed()
    {
        using var finished = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
        finished.WaitForExit();
        var dead = finished.Id;
        var live = Environment.ProcessId;
        var deadFile = Write($"a.txt.bibliography-{dead}-0123456789abcdef.tmp", "half");
        var liveFile = Write($"b.txt.bibliography-{live}-0123456789abcdef.tmp", "being written");
        var silentFile = Write($"c.txt.bibliography-{live}-fedcba9876543210.tmp", "abandoned long ago");
        File.SetLastWriteTimeUtc(silentFile, DateTime.UtcNow - AtomicFile.StaleAfter - TimeSpan.FromMinutes(1));
        var unrelated = Write($"d.txt.{dead}.1.tmp", "not ours");

        AtomicFile.RemoveOrphans(_dir).ShouldBe(2);

        File.Exists(deadFile).ShouldBeFalse();
        File.Exists(silentFile).ShouldBeFalse();
        File.Exists(liveFile).ShouldBeTrue();
        File.Exists(unrelated).ShouldBeTrue();
    }

    [Fact]
    public void Atomic_write_keeps_a_link_a_link_and_the_file_permissions()
    {
        var real = Write("real.txt", "old");
        File.SetUnixFileMode(real, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);
        var link = Path.Combine(_dir, "link.txt");
        File.CreateSymbolicLink(link, real);

        AtomicFile.WriteAllText(link, "new");

        new FileInfo(link).LinkTarget.ShouldBe(real);
        File.ReadAllText(real).ShouldBe("new");
        File.GetUnixFileMode(real).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);
        Directory.GetFiles(_dir, "*.tmp").ShouldBeEmpty();
    }

    [Fact]
    public void The_style_cache_folder_is_swept_of_index_files_left_by_killed_runs()
    {
        using var finished = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
        finished.WaitForExit();
        var styles = Path.Combine(_dir, "styles");
        Write("styles/one.csl", Csl.Independent("one", "One"));
        var cache = Path.Combine(_dir, "cache");
        var current = Write($"cache/styles-0123456789abcdef.json.bibliography-{finished.Id}-0123456789abcdef.tmp", "{\"format\":2,");
        var legacy = Write($"cache/styles-0123456789abcdef.json.{finished.Id}.{Guid.NewGuid():N}.tmp", "{\"format\":2,");
        var options = new StyleSearchOptions
        {
            IncludeEmbedded = false,
            StylesDirectories = [styles],
            ZoteroStylesDirectory = Path.Combine(_dir, "no-zotero"),
            SystemStylesDirectory = Path.Combine(_dir, "no-system"),
            CacheDirectory = cache,
        };

        StyleRepository.CreateDefault(options).List().ShouldHaveSingleItem().Title.ShouldBe("One");

        File.Exists(current).ShouldBeFalse();
        File.Exists(legacy).ShouldBeFalse();
        Directory.GetFiles(cache).ShouldHaveSingleItem().ShouldEndWith(".json");
    }

    [Fact]
    public async Task Export_o_to_a_named_pipe_writes_into_the_pipe_rather_than_replacing_it()
    {
        var paper = Write("paper.txt", Notes);
        var pipe = Path.Combine(_dir, "out.pipe");
        Tool("mkfifo", pipe);
        // A named pipe (like -o /dev/stdout) is a stream the user asked for: written as it is, nothing replaced.
        var reader = Task.Run(() => File.ReadAllText(pipe));

        var (code, _, err) = CliRun.Run("export", paper, "--to", "ris", "-o", pipe);

        code.ShouldBe(0, err);
        (await reader.WaitAsync(TimeSpan.FromSeconds(10))).ShouldContain("TY  - "); // times out when nothing was written into the pipe
        FileStatus.Of(pipe).Kind.ShouldBe(FileKind.Fifo);
        Directory.GetFiles(_dir, "*.tmp").ShouldBeEmpty();
    }

    // ---- 9. Special files ----

    [Fact]
    public void Dev_zero_as_paper_json_docx_or_import_is_refused_in_seconds_within_a_1_GB_heap()
    {
        File.CreateSymbolicLink(Path.Combine(_dir, "zero.json"), "/dev/zero");
        File.CreateSymbolicLink(Path.Combine(_dir, "zero.docx"), "/dev/zero");
        foreach (var args in new[]
        {
            new[] { "extract", "/dev/zero" },
            ["export", Path.Combine(_dir, "zero.json"), "--to", "ris"],
            ["validate", Path.Combine(_dir, "zero.docx")],
            ["import", "/dev/zero", "--from", "ris"],
        })
        {
            var (code, _, err, elapsed) = CliProcess.Run(TimeSpan.FromSeconds(30), null, args);
            ShouldBeOneRefusal(code, err, "a character device", "not opened");
            elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(15));
        }
    }

    [Fact]
    public void A_fifo_named_directly_or_found_in_a_folder_is_reported_without_being_opened()
    {
        var folder = Path.Combine(_dir, "papers");
        var good = Write("papers/a-good.txt", Notes);
        Tool("mkfifo", Path.Combine(folder, "b-pipe.txt"));
        Tool("mkfifo", Path.Combine(_dir, "pipe.json"));
        Tool("mkfifo", Path.Combine(_dir, "pipe.docx"));

        foreach (var args in new[]
        {
            new[] { "extract", Path.Combine(folder, "b-pipe.txt") },
            ["export", Path.Combine(_dir, "pipe.json"), "--to", "bibtex"],
            ["extract", Path.Combine(_dir, "pipe.docx")],
            ["import", Path.Combine(_dir, "pipe.json")],
        })
        {
            var (code, _, err, elapsed) = CliProcess.Run(TimeSpan.FromSeconds(30), null, args);
            ShouldBeOneRefusal(code, err, "named pipe (FIFO)", "not opened");
            elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(15));
        }

        var outDir = Path.Combine(_dir, "out");
        var (batchCode, _, batchErr, batchElapsed) = CliProcess.Run(TimeSpan.FromSeconds(30), null, "extract", folder, "--out", outDir);
        batchCode.ShouldBe(2, batchErr);
        batchElapsed.ShouldBeLessThan(TimeSpan.FromSeconds(15));
        batchErr.Split('\n').Where(l => l.Contains("b-pipe.txt")).ShouldHaveSingleItem().ShouldContain("named pipe (FIFO)");
        batchErr.ShouldNotContain("internal error");
        File.Exists(Path.Combine(outDir, "papers", "a-good.json")).ShouldBeTrue();
        File.ReadAllText(good).ShouldBe(Notes);
    }

    [Fact]
    public void A_text_input_over_the_limit_is_refused_by_size_before_it_is_read_saying_the_limit()
    {
        var big = Path.Combine(_dir, "big.txt");
        using (var stream = File.Create(big)) stream.SetLength(InputFile.MaxTextBytes + 1L); // sparse: costs no disk
        var allocated = GC.GetAllocatedBytesForCurrentThread();

        var (code, _, err) = CliRun.Run("extract", big);

        ShouldBeOneRefusal(code, err, big, "larger than 64 MB");
        (GC.GetAllocatedBytesForCurrentThread() - allocated).ShouldBeLessThan(16L << 20);
    }

    [Fact]
    public void Files_that_report_size_zero_are_still_bounded_while_reading()
    {
        // /proc files say they are empty; the limit must hold on what is actually read.
        new FileInfo("/proc/self/maps").Length.ShouldBe(0);
        var e = Should.Throw<InputReadException>(() => InputFile.ReadAllBytes("/proc/self/maps", maxBytes: 1000));
        e.Message.ShouldContain("larger than 1000 bytes");
        InputFile.ReadAllBytes("/proc/self/maps", maxBytes: 16 << 20).Length.ShouldBeGreaterThan(1000);
    }

    // ---- 10. Folders ----

    [Fact]
    public void A_symlink_loop_and_links_to_files_already_found_yield_each_real_file_once()
    {
        var root = Path.Combine(_dir, "papers");
        Write("papers/a.txt", Notes);
        Write("papers/sub/b.txt", Notes.Replace("21", "23"));
        Directory.CreateSymbolicLink(Path.Combine(root, "sub", "loop"), "..");
        Directory.CreateSymbolicLink(Path.Combine(root, "again"), Path.Combine(root, "sub"));
        File.CreateSymbolicLink(Path.Combine(root, "sub", "alias.txt"), Path.Combine(root, "a.txt"));
        Tool("ln", Path.Combine(root, "a.txt"), Path.Combine(root, "hard.txt"));
        // A real folder reached only through a link is still read.
        Write("elsewhere/c.txt", Notes.Replace("21", "25"));
        Directory.CreateSymbolicLink(Path.Combine(root, "outside"), Path.Combine(_dir, "elsewhere"));

        var inputs = BatchInputs.Expand([root], BatchInputs.Papers);

        inputs.Select(i => Path.GetRelativePath(root, i.Path)).ShouldBe(["a.txt", Path.Combine("outside", "c.txt"), Path.Combine("sub", "b.txt")]);

        var (code, _, err) = CliRun.Run("extract", root, "--out", Path.Combine(_dir, "out"));
        code.ShouldBe(0, err);
        Directory.GetFiles(Path.Combine(_dir, "out"), "*.json", SearchOption.AllDirectories).Length.ShouldBe(3);
    }

    [Fact]
    public void A_file_named_twice_through_a_link_is_processed_once()
    {
        var paper = Write("paper.txt", Notes);
        var link = Path.Combine(_dir, "link.txt");
        File.CreateSymbolicLink(link, paper);

        BatchInputs.Expand([paper, link, _dir], BatchInputs.Papers).ShouldHaveSingleItem().Path.ShouldBe(paper);
    }
}

/// <summary>These tests start child processes and write large files: one at a time, beside the rest of the suite.</summary>
[CollectionDefinition(Name)]
public sealed class FileSafetyCollection
{
    /// <summary>The collection's name.</summary>
    public const string Name = "File safety";
}
