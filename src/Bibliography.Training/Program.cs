using System.CommandLine;
using Bibliography.CiteProc.Styles;
using Bibliography.Training.Synthesis;

var seed = new Option<int>("--seed") { Description = "Seed of the run (same seed, same inputs: the same file).", DefaultValueFactory = _ => 1 };
var count = new Option<int>("--count") { Description = "Number of footnotes to write.", DefaultValueFactory = _ => 1000 };
var output = new Option<string>("--out") { Description = "The JSON Lines file to write.", Required = true };
var stylesDir = new Option<string>("--styles-dir") { Description = "Folder of CSL styles.", DefaultValueFactory = _ => StyleSearchOptions.DebianStylesDirectory };
var styleRun = new Option<int>("--style-run") { Description = "Documents in a row per official style (faster; fewer styles in a short run).", DefaultValueFactory = _ => 1 };
var workers = new Option<int>("--workers") { Description = "Documents rendered at once, each on its own citeproc host (same output for any number).", DefaultValueFactory = _ => 1 };
var generate = new Command("generate", "Render synthetic footnotes through CSL styles and write them with labelled spans.") { seed, count, output, stylesDir, styleRun, workers };
generate.SetAction(r => Generator.RunToFile(
    new GenerationOptions(r.GetValue(seed), r.GetValue(count), r.GetValue(stylesDir), StyleRun: r.GetValue(styleRun)), r.GetValue(output)!, Console.Error, r.GetValue(workers)));
var root = new RootCommand("Bibliography training tools: synthetic data for the footnote labeller.") { generate };
return root.Parse(args).Invoke();
