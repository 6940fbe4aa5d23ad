import { Box, render, Text, useApp, useInput } from "ink";
import { useState } from "react";
import { CancelledError } from "../exit-codes.js";
import type { IOStreams } from "../io.js";

export interface PromptField {
  name: string;
  label: string;
  secret?: boolean;
}

export interface FieldsPromptProps {
  fields: readonly PromptField[];
  onSubmit: (answers: Record<string, string>) => void;
  onCancel: () => void;
}

/** Asks for each field in turn; secrets are echoed as dots. Enter on an empty answer asks again. */
export function FieldsPrompt({ fields, onSubmit, onCancel }: FieldsPromptProps) {
  const { exit } = useApp();
  const [index, setIndex] = useState(0);
  const [value, setValue] = useState("");
  const [answers, setAnswers] = useState<Record<string, string>>({});

  useInput((input, key) => {
    if (key.ctrl && input === "c") {
      onCancel();
      exit();
      return;
    }
    if (key.return) {
      if (value.trim() === "") return;
      const field = fields[index]!;
      const next = { ...answers, [field.name]: field.secret ? value : value.trim() };
      setAnswers(next);
      setValue("");
      if (index + 1 >= fields.length) {
        onSubmit(next);
        exit();
      } else {
        setIndex(index + 1);
      }
      return;
    }
    if (key.backspace || key.delete) return setValue((current) => current.slice(0, -1));
    if (!key.ctrl && !key.meta && input) setValue((current) => current + input);
  });

  return (
    <Box flexDirection="column">
      {fields.slice(0, index).map((field) => (
        <Text key={field.name} dimColor>
          {field.label}: {field.secret ? "••••••" : answers[field.name]}
        </Text>
      ))}
      {index < fields.length ? (
        <Text>
          <Text bold>{fields[index]!.label}: </Text>
          {fields[index]!.secret ? "•".repeat(value.length) : value}
          <Text inverse> </Text>
        </Text>
      ) : null}
    </Box>
  );
}

export async function askFields(io: IOStreams, fields: readonly PromptField[]): Promise<Record<string, string>> {
  let result: Record<string, string> | undefined;
  const instance = render(
    <FieldsPrompt fields={fields} onSubmit={(answers) => (result = answers)} onCancel={() => (result = undefined)} />,
    {
      stdout: io.stdout as NodeJS.WriteStream,
      stdin: io.stdin as NodeJS.ReadStream,
      stderr: io.stderr as NodeJS.WriteStream,
      exitOnCtrlC: false,
      patchConsole: false,
    },
  );
  await instance.waitUntilExit();
  if (!result) throw new CancelledError("Login cancelled.");
  return result;
}
