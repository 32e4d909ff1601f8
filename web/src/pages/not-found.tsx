import { PageHeader } from '../components/ui.tsx'
import { useTitle } from '../hooks.ts'

export function NotFoundPage(props: { forbidden?: boolean }) {
  const title = props.forbidden ? 'Not for your role' : 'Page not found'
  useTitle(title)
  return (
    <section class="page">
      <PageHeader
        title={title}
        subtitle={
          props.forbidden
            ? 'This page is for administrators. Ask one if you need access.'
            : 'The address does not match any page of Tally.'
        }
      />
      <p>
        <a class="btn" href="#/">
          Go to the overview
        </a>
      </p>
    </section>
  )
}
