import { ModuleComingPage } from "@/components/shell/module-coming";

export default function Page() {
  return <ModuleComingPage module="dashboard" />;
}
