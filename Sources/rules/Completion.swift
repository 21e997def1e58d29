import RulesKit

/// `rules completion bash|zsh`: completion scripts from `CommandTable`, so they offer exactly the
/// commands and options that exist.
enum CompletionCommand {
    static func run(_ args: [String]) throws(Arguments.UsageError) -> Int32 {
        let a = try Arguments(args, command: "completion")
        guard a.positionals.count == 1, let shell = a.positionals.first, ["bash", "zsh"].contains(shell) else {
            throw .init(message: Localized(vi: "dùng: rules completion bash|zsh", en: "use: rules completion bash|zsh"))
        }
        Terminal.write(shell == "bash" ? bash : "autoload -U +X bashcompinit && bashcompinit\n" + bash)
        return 0
    }

    static var bash: String {
        let names = CommandTable.all.map(\.name).joined(separator: " ")
        var cases = "", values = ""
        for c in CommandTable.all {
            let options = c.allOptions.map { "--" + $0.name } + ["--help"]
            cases += "    \(c.name)) opts=\"\(options.joined(separator: " "))\" ;;\n"
            for o in c.allOptions {
                guard let v = o.value, v.contains("|") else { continue }
                values += "    \(c.name):--\(o.name)) vals=\"\(v.split(separator: "|").joined(separator: " "))\" ;;\n"
            }
        }
        return """
        # bash completion for rules (rules completion bash)
        _rules() {
          local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]} opts vals
          if [ "$COMP_CWORD" -eq 1 ]; then
            COMPREPLY=($(compgen -W "\(names) --help --version" -- "$cur"))
            return
          fi
          if [ "${COMP_WORDS[1]}" = help ]; then
            COMPREPLY=($(compgen -W "\(names)" -- "$cur"))
            return
          fi
          case ${COMP_WORDS[1]}:$prev in
        \(values)    *) vals="" ;;
          esac
          if [ -n "$vals" ]; then
            COMPREPLY=($(compgen -W "$vals" -- "$cur"))
            return
          fi
          case ${COMP_WORDS[1]} in
        \(cases)    *) opts="" ;;
          esac
          if [[ $cur == --* ]]; then
            COMPREPLY=($(compgen -W "$opts" -- "$cur"))
          else
            COMPREPLY=($(compgen -f -- "$cur"))
          fi
        }
        complete -o filenames -F _rules rules

        """
    }
}
